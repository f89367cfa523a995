/** "14 tables, 1,234 rows": how much a transfer moved. */
export function describeTables(tables: readonly { rows: number }[]): string {
  const rows = tables.reduce((sum, table) => sum + table.rows, 0);
  return `${tables.length} tables, ${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`;
}
