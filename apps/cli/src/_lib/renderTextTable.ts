import { displayWidth, padDisplay } from './displayWidth.js';

export type TextColumn = { header: string; align?: 'left' | 'right' };

/**
 * A plain-text table for a terminal: a header, a rule, then the rows, each
 * column as wide as its widest cell (Chinese counted double).
 */
export function renderTextTable(columns: readonly TextColumn[], rows: readonly string[][]): string {
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => padDisplay(cells[index] ?? '', widths[index] ?? 0, column.align))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => column.header)),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}
