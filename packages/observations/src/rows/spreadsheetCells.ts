/**
 * Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-1+1`,
 * `@SUM(…)`, or a leading tab or carriage return) gets a leading apostrophe, as
 * OWASP advises for CSV injection, so exports never carry live formulas.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV field: quoted when it holds a comma, quote or line break; formulas neutralised. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  header: string[],
  rows: (string | number | boolean | null | undefined)[][],
): string {
  // A byte-order mark lets Excel open the UTF-8 Chinese text correctly.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
