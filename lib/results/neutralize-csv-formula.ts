// A CSV cell that starts with =, +, -, @, a tab or a carriage return is run as a formula when the file is opened in a
// spreadsheet (CSV injection): a Reddit title like =HYPERLINK(…) becomes a live link, or worse. OWASP's advice is to
// prefix such a cell with a single quote, which spreadsheets show as text. Only for the analyst's results export,
// which people open in spreadsheets: the dataset files (lib/datasets) keep every text exactly, for training.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text, with a leading ' when a spreadsheet would read it as a formula. Applied to text cells only. */
export function neutralizeCsvFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
