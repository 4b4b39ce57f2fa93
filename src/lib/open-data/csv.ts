/**
 * CSV as RFC 4180 has it: every row ends in CRLF; a field holding a comma, a quote or a line
 * break is quoted, with its quotes doubled. Text stays UTF-8 (accents as they are).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
