/** Any character outside printable ASCII: only such a cell needs Unicode normalisation. */
const NON_ASCII = /[^\x20-\x7e\t\n\r]/;

/**
 * A cell as typed on a Chinese keyboard, made plain: full-width digits, letters and
 * punctuation (１２．５, ，, ％, ：, ＝, the ideographic space) become their ASCII forms
 * (Unicode NFKC), and the cell is trimmed. ASCII cells are returned trimmed, untouched:
 * this runs on every cell of a million-row import.
 *
 * @example
 *   plainCell('　１２．５％ '); // '12.5%'
 */
export function plainCell(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKC').trim() : text.trim();
}

/** 1,486 or 12,345,678.5 (optionally signed, optionally with %): digits grouped by thousands. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?%?$/;

/**
 * A value cell (already plainCell) ready for parseValueText: thousands separators dropped
 * from a grouped number (`1,486` → `1486`: a quoted CSV cell, or text in a workbook), and
 * percent signs taken off, `percent` saying whether there were any (`12%` → `12`): whether
 * % is allowed depends on the indicator's unit, known only later.
 */
export function valueCell(text: string): { text: string; percent: boolean } {
  let value = text;
  if (value.includes(',') && GROUPED.test(value)) value = value.replaceAll(',', '');
  if (!value.includes('%')) return { text: value, percent: false };
  return { text: value.replaceAll('%', '').trim(), percent: true };
}

/** A year cell (already plainCell): `2022` or `2022年`, as typed in Chinese. */
export function yearCell(text: string): string {
  return text.endsWith('年') ? text.slice(0, -1).trim() : text;
}

/** Dates as Excel on Chinese Windows writes them into CSV (2023/6/30) or as typed (2023年6月30日). */
const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * A date cell (already plainCell) as YYYY-MM-DD where it is written another common way:
 * `2023/6/30`, `2023.6.30`, `2023-6-30`, `2023年6月30日`. Anything else is returned as it
 * is, for the calendar check to refuse.
 */
export function dateCell(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const match = LOOSE_DATE.exec(text);
  if (!match) return text;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
