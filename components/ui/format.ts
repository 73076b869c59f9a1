const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Dates are shown in UTC everywhere so that server and browser render the same text. */
export function formatDateTime(value: Date | string): string {
  return `${dateTime.format(new Date(value))} UTC`;
}

export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

const UNITS = ["B", "KB", "MB", "GB"];

/** File sizes as people read them: 1 decimal from KB up (1 KB = 1024 B, like file managers). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** A number field's text for the API: an empty or non-numeric entry is sent as typed, so the 422 names the field
 * (NaN would become null in JSON). */
export function formNumber(text: string): number {
  const value = Number(text);
  return text.trim() === "" || Number.isNaN(value) ? (text as unknown as number) : value;
}
