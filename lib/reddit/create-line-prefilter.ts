// A cheap test on a raw dump line, before JSON.parse: could this line mention the keyword? Every word of the
// (normalized) keyword must appear, in any letter case, either as typed or JSON-escaped ("\u00e9": Python's
// json.dumps escapes everything beyond ASCII). No lowercased copy of the line is made: one case-insensitive regex
// per word runs over the raw text. False positives are fine (the whole-word match on normalized text decides);
// false negatives are not, so a word is only required in the forms its characters can take.
export function createLinePrefilter(options: { keyword: string }): (line: string) => boolean {
  const patterns = options.keyword
    .split(" ")
    .filter(Boolean)
    .map((word) => new RegExp([...word].map(charPattern).join(""), "iu"));
  return (line) => patterns.every((pattern) => pattern.test(line));
}

function charPattern(char: string): string {
  if (/[a-z0-9]/i.test(char)) return char;
  const forms = new Set([char, char.toLowerCase(), char.toUpperCase()].filter((c) => [...c].length === 1));
  const alternatives = [...forms].flatMap((c) => [escapeRegex(c), escapeRegex(jsonEscape(c))]);
  return `(?:${[...new Set(alternatives)].join("|")})`;
}

// The \uXXXX form (surrogate pairs beyond the BMP) a JSON writer uses for a character, in lowercase hex; the
// regex's `i` flag covers writers that use uppercase.
function jsonEscape(char: string): string {
  let out = "";
  for (let i = 0; i < char.length; i += 1) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
