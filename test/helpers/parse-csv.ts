// A strict RFC 4180 reader for the tests (no CSV parser is installed): quoted fields may hold commas, quotes ("")
// and line breaks. Returns the rows as objects keyed by the header.
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.map((cells) => {
    if (cells.length !== header!.length) throw new Error(`row has ${cells.length} fields, header ${header!.length}`);
    return Object.fromEntries(header!.map((name, k) => [name, cells[k]!]));
  });
}
