/**
 * One problem of an import: its spreadsheet row (the header is row 1; 0 the file), column and
 * what is wrong, in English (`problem`) and Chinese (`problemZh`).
 */
export type SheetRowProblem = { row: number; column: string; problem: string; problemZh: string };

/** One assignment read from a row. */
export type ResponsibilitySheetRow = {
  row: number;
  itemId: string;
  lead: string | null;
  cooperating: string[];
  reason: string | null;
};

const COLUMNS: Record<string, 'itemId' | 'lead' | 'cooperating' | 'reason'> = {
  itemid: 'itemId',
  item_id: 'itemId',
  事项编号: 'itemId',
  lead: 'lead',
  牵头单位: 'lead',
  cooperating: 'cooperating',
  配合单位: 'cooperating',
  reason: 'reason',
  原因: 'reason',
  调整原因: 'reason',
  备注: 'reason',
};

/** Units in one cell: separated by 、 ; ； , ， or a line break. */
const splitUnits = (cell: string) =>
  cell
    .split(/[、;；,，\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * Reads the bureau's responsibility list (责任清单) from sheet rows: columns itemId/事项编号,
 * lead/牵头单位, cooperating/配合单位 (several separated by 、 or ;), optional reason/原因.
 * A unit may be named by its id or its Chinese name; an item must be one of the plan's measures
 * or targets. The API's import and the CLI's `plan responsibilities import` both read with it. Every problem is reported with its row, so the bureau fixes the file once; the
 * caller writes nothing unless there are none.
 */
export function readResponsibilityRows(
  rows: readonly { row: number; cells: readonly string[] }[],
  known: {
    items: ReadonlySet<string>;
    units: readonly { id: string; nameZh: string }[];
    /** How the reader adds a unit, named in the problem of an unknown one (the API's route, the CLI's command). */
    addUnitHint?: string;
  },
): { rows: ResponsibilitySheetRow[]; problems: SheetRowProblem[] } {
  const problems: SheetRowProblem[] = [];
  const [header, ...data] = rows;
  if (!header)
    return {
      rows: [],
      problems: [
        {
          row: 0,
          column: '',
          problem: 'the file is empty: expected a header row',
          problemZh: '文件是空的：第一行应为表头',
        },
      ],
    };
  const columns = header.cells.map(
    (name) =>
      COLUMNS[
        name
          .trim()
          .replace(/^\uFEFF/, '')
          .toLowerCase()
      ],
  );
  header.cells.forEach((name, index) => {
    if (columns[index] === undefined && name.trim() !== '')
      problems.push({
        row: header.row,
        column: name,
        problem: `unknown column "${name}": expected itemId (事项编号), lead (牵头单位), cooperating (配合单位), reason (原因)`,
        problemZh: `不认识的列“${name}”：列名应为 事项编号、牵头单位、配合单位、原因`,
      });
  });
  for (const required of ['itemId', 'lead'] as const)
    if (!columns.includes(required))
      problems.push({
        row: header.row,
        column: required,
        problem: 'this column is required',
        problemZh: '缺少此列',
      });
  if (problems.length > 0) return { rows: [], problems };

  const unitByKey = new Map<string, string>();
  for (const unit of known.units) {
    unitByKey.set(unit.id, unit.id);
    unitByKey.set(unit.nameZh, unit.id);
  }
  const firstRowOf = new Map<string, number>();
  const read: ResponsibilitySheetRow[] = [];
  for (const { row, cells } of data) {
    const cell = (column: 'itemId' | 'lead' | 'cooperating' | 'reason') => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (cells[index] ?? '').trim();
    };
    if (cells.every((text) => text.trim() === '')) continue;
    const before = problems.length;
    const itemId = cell('itemId');
    if (itemId === '')
      problems.push({
        row,
        column: 'itemId',
        problem: 'no item id',
        problemZh: '没有填写事项编号',
      });
    else if (!known.items.has(itemId))
      problems.push({
        row,
        column: 'itemId',
        problem: `"${itemId}" is not a measure or target of the plan (e.g. P08-M2, T-P08-M2-1)`,
        problemZh: `“${itemId}”不是本规划的举措或目标（编号如 P08-M2、T-P08-M2-1）`,
      });
    else if (firstRowOf.has(itemId))
      problems.push({
        row,
        column: 'itemId',
        problem: `${itemId} is assigned again (first in row ${firstRowOf.get(itemId)})`,
        problemZh: `${itemId} 重复分配（首次出现在第 ${firstRowOf.get(itemId)} 行）`,
      });
    else firstRowOf.set(itemId, row);
    const unitOf = (text: string, column: string) => {
      const id = unitByKey.get(text);
      const hint = known.addUnitHint ?? 'POST /api/v1/units';
      if (id === undefined)
        problems.push({
          row,
          column,
          problem: `unknown unit "${text}": add it first (${hint}), by id or 中文名`,
          problemZh: `未知的单位“${text}”：请先添加该单位（${hint}），可填编号或中文名`,
        });
      return id;
    };
    const leadText = cell('lead');
    const lead = leadText === '' ? null : (unitOf(leadText, 'lead') ?? null);
    const cooperating = splitUnits(cell('cooperating')).flatMap((text) => {
      const id = unitOf(text, 'cooperating');
      return id === undefined ? [] : [id];
    });
    if (lead !== null && cooperating.includes(lead))
      problems.push({
        row,
        column: 'cooperating',
        problem: `${lead} is the lead unit; it cannot also be a cooperating unit`,
        problemZh: `${lead} 是牵头单位，不能同时作为配合单位`,
      });
    if (new Set(cooperating).size !== cooperating.length)
      problems.push({
        row,
        column: 'cooperating',
        problem: 'a cooperating unit is named twice',
        problemZh: '同一配合单位填写了两次',
      });
    if (problems.length === before)
      read.push({ row, itemId, lead, cooperating, reason: cell('reason') || null });
  }
  if (data.length === 0 || (read.length === 0 && problems.length === 0))
    problems.push({
      row: 0,
      column: '',
      problem: 'the file has a header but no rows',
      problemZh: '文件只有表头，没有数据行',
    });
  return { rows: problems.length > 0 ? [] : read, problems };
}
