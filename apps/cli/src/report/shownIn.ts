import type { Column, Medium, Row, Table } from './reportModel.types.js';

/** Whether a table, column or row is shown in a medium. */
export const shownIn = (item: { only?: readonly Medium[] }, medium: Medium): boolean =>
  !item.only || item.only.includes(medium);

/** A table as one medium shows it: its columns and rows for that medium, each row's cells matched. */
export function tableIn(
  table: Table,
  medium: Medium,
): { columns: Column[]; rows: Row[] } | undefined {
  if (!shownIn(table, medium) || (medium === 'xlsx' && !table.sheet)) return undefined;
  const keep = table.columns.map((column) => shownIn(column, medium));
  return {
    columns: table.columns.filter((_, index) => keep[index]),
    rows: table.rows
      .filter((row) => shownIn(row, medium))
      .map((row) => ({ ...row, cells: row.cells.filter((_, index) => keep[index]) })),
  };
}
