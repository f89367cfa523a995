/** A unit as the import resolves it: by id or by its Chinese name. */
type UnitLike = { id: string; nameZh: string };

/** One row's assignment, units resolved to ids. */
export type ResponsibilityRow = {
  row: number;
  itemId: string;
  lead: string | null;
  cooperating: string[];
  reason?: string;
};

export type ResponsibilityProblem = { row: number; column: string; problem: string };

/** The columns the bureau's list has, in English or Chinese (the same as the API's import). */
const COLUMNS: Record<string, 'itemId' | 'lead' | 'cooperating' | 'reason'> = {
  itemid: 'itemId',
  item_id: 'itemId',
  事项编号: 'itemId',
  lead: 'lead',
  牵头单位: 'lead',
  cooperating: 'cooperating',
  配合单位: 'cooperating',
  reason: 'reason',
  调整原因: 'reason',
};

/** Cooperating units are separated by 、 or ; (full-width ； too). */
const SEPARATORS = /[、;；]/;

/**
 * Checks the rows of a responsibility list (责任清单) against the plan's
 * items and the units entered: every row's item must be a measure or target
 * of the plan, named once in the file; units are given by id or Chinese name
 * and must exist; a unit is lead or cooperating, not both. Returns the rows
 * and every problem with its row and column: the import writes all of them
 * or, when there is any problem, none. Pure.
 */
export function checkResponsibilityRows(
  records: readonly { row: number; cells: readonly string[] }[],
  known: { itemIds: ReadonlySet<string>; units: readonly UnitLike[] },
): { rows: ResponsibilityRow[]; problems: ResponsibilityProblem[] } {
  const problems: ResponsibilityProblem[] = [];
  const [header, ...data] = records;
  if (!header)
    return { rows: [], problems: [{ row: 0, column: '', problem: 'the file is empty' }] };
  const columns = header.cells.map(
    (name) => COLUMNS[name.trim().toLowerCase()] ?? COLUMNS[name.trim()],
  );
  header.cells.forEach((name, index) => {
    if (!columns[index] && name !== '')
      problems.push({
        row: header.row,
        column: name,
        problem: `unknown column "${name}": expected itemId (事项编号), lead (牵头单位), cooperating (配合单位), reason (调整原因)`,
      });
  });
  for (const [required, names] of [
    ['itemId', 'itemId (事项编号)'],
    ['lead', 'lead (牵头单位)'],
  ] as const)
    if (!columns.includes(required))
      problems.push({ row: header.row, column: names, problem: 'this column is required' });
  if (problems.length > 0) return { rows: [], problems };
  if (data.length === 0)
    return {
      rows: [],
      problems: [{ row: header.row, column: '', problem: 'the file has no rows under its header' }],
    };

  const unitOf = (text: string) =>
    known.units.find((unit) => unit.id === text) ??
    known.units.find((unit) => unit.nameZh === text);
  const firstRowOf = new Map<string, number>();
  const rows: ResponsibilityRow[] = [];
  for (const record of data) {
    const cell = (name: string) => record.cells[columns.indexOf(name as never)]?.trim() ?? '';
    const problem = (column: string, text: string) =>
      problems.push({ row: record.row, column, problem: text });
    const itemId = cell('itemId');
    if (itemId === '')
      problem('itemId', 'give the measure or target id, e.g. P08-M2 or T-P08-M2-1');
    else if (!known.itemIds.has(itemId))
      problem(
        'itemId',
        `"${itemId}" is not a measure or target of the plan (e.g. P08-M2, T-P08-M2-1)`,
      );
    else if (firstRowOf.has(itemId))
      problem('itemId', `"${itemId}" is already assigned in row ${firstRowOf.get(itemId)}`);
    else firstRowOf.set(itemId, record.row);

    const resolve = (column: string, text: string): string | null => {
      const unit = unitOf(text);
      if (!unit) {
        problem(
          column,
          `unknown unit "${text}": add it first with plan units add <id> --name <中文名> (by id or Chinese name)`,
        );
        return null;
      }
      return unit.id;
    };
    const leadText = cell('lead');
    const lead = leadText === '' ? null : resolve('lead', leadText);
    const cooperating = cell('cooperating')
      .split(SEPARATORS)
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => resolve('cooperating', text))
      .filter((id): id is string => id !== null);
    if (lead !== null && cooperating.includes(lead))
      problem(
        'cooperating',
        `unit "${lead}" is the lead unit; it cannot also be a cooperating unit`,
      );
    if (new Set(cooperating).size !== cooperating.length)
      problem('cooperating', 'a cooperating unit is named twice');
    const reason = cell('reason');
    rows.push({ row: record.row, itemId, lead, cooperating, ...(reason ? { reason } : {}) });
  }
  return problems.length > 0 ? { rows: [], problems } : { rows, problems: [] };
}
