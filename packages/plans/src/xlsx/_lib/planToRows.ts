import { type RowSheetId, VALUE_CELLS } from '../planSheets.js';
import { cloneJson, deletePath, isRecord, type Json, setPath } from './paths.js';

/** A plan file cut into the rows of the workbook: the plan sheet's fields and each row sheet's rows. */
export type PlanRows = { plan: Json; rows: Record<RowSheetId, Json[]> };

export const emptyRows = <Row = Json>(): Record<RowSheetId, Row[]> => ({
  regions: [],
  tables: [],
  categories: [],
  indicators: [],
  parts: [],
  dataNotes: [],
  outline: [],
  projects: [],
  measures: [],
  targets: [],
  baselines: [],
  amendments: [],
  succession: [],
});

/** Takes a list out of its object when it has items (an empty list stays, and goes to the extra column). */
function takeList(object: Json, key: string): unknown[] {
  const list = object[key];
  if (!Array.isArray(list) || list.length === 0) return [];
  delete object[key];
  return list;
}

/** Takes a list the schema requires (tables' indicators, chapters' sections): the reader always makes it. */
function takeRequiredList(object: Json, key: string): unknown[] {
  const list = object[key];
  if (!Array.isArray(list)) return [];
  delete object[key];
  return list;
}

const records = (list: unknown[]) => list.filter(isRecord);

/**
 * Cuts a plan file into rows: nested lists become rows of their own sheet
 * that name their owner (an indicator's table, a measure's project), so every
 * field lands in a column or, when no column holds it, in the row's extra
 * JSON. `rowsToPlan` puts them back together.
 */
export function planToRows(input: unknown): PlanRows {
  const plan = isRecord(input) ? cloneJson(input) : {};
  const rows = emptyRows();

  rows.regions = records(takeRequiredList(plan, 'regions'));
  for (const note of records(takeList(plan, 'notes'))) rows.dataNotes.push(note);

  for (const table of records(takeRequiredList(plan, 'tables'))) {
    rows.tables.push(table);
    const categories = takeRequiredList(table, 'categories');
    const indicators = takeRequiredList(table, 'indicators');
    const walk = (list: unknown[], parents: string[]) => {
      for (const category of records(list)) {
        const children = takeList(category, 'children');
        rows.categories.push({
          table: table.id,
          ...(parents.length > 0 ? { parentPath: parents.join('/') } : {}),
          ...category,
        });
        walk(children, [...parents, String(category.id)]);
      }
    };
    walk(categories, []);
    for (const indicator of records(indicators)) {
      rows.indicators.push(indicatorRow(table.id, indicator, rows));
    }
  }

  const projects = plan.projects;
  if (isRecord(projects)) {
    const outline = projects.outline;
    if (isRecord(outline)) {
      for (const chapter of records(takeRequiredList(outline, 'chapters'))) {
        const sections = takeRequiredList(chapter, 'sections');
        rows.outline.push(headingRow(chapter, { chapter: chapter.number }));
        for (const section of records(sections)) {
          const subsections = takeRequiredList(section, 'subsections');
          rows.outline.push(
            headingRow(section, { chapter: chapter.number, section: section.number }),
          );
          for (const subsection of records(subsections)) {
            rows.outline.push(
              headingRow(subsection, {
                chapter: chapter.number,
                section: section.number,
                subsection: subsection.number,
              }),
            );
          }
        }
      }
    }
    for (const project of records(takeRequiredList(projects, 'projects'))) {
      rows.projects.push(project);
      records(takeRequiredList(project, 'measures')).forEach((measure, index) => {
        const targets = takeList(measure, 'targets');
        rows.measures.push({ project: project.number, ...measure });
        for (const target of records(targets)) {
          rows.targets.push(targetRow(target, { project: project.number, measure: index + 1 }));
        }
      });
    }
    for (const target of records(takeList(projects, 'proseTargets'))) {
      rows.targets.push(targetRow(target, {}));
    }
    rows.baselines = records(takeList(projects, 'baselines'));
  }

  rows.amendments = records(takeList(plan, 'amendments')).map((amendment) =>
    typeof amendment.reason === 'string'
      ? { ...amendment, reason: { zh: amendment.reason } }
      : amendment,
  );
  if (isRecord(plan.succession)) rows.succession = records(takeList(plan.succession, 'links'));
  return { plan, rows };
}

function indicatorRow(table: unknown, indicator: Json, rows: PlanRows['rows']): Json {
  const row: Json = { table, ...indicator };
  if (
    Array.isArray(row.categoryPath) &&
    row.categoryPath.every((id) => typeof id === 'string' && id !== '' && !id.includes('/'))
  ) {
    row.categoryPath = row.categoryPath.join('/');
  }
  for (const note of records(takeList(row, 'notes'))) {
    rows.dataNotes.push({ indicator: indicator.id, ...note });
  }
  const parts = Array.isArray(row.parts) && row.parts.every(isRecord) ? row.parts : undefined;
  if (parts && parts.length > 0) {
    delete row.parts;
    const ids = new Set(parts.map((part) => part.id));
    const partRows: Json[] = parts.map((part) => ({ indicator: indicator.id, ...part }));
    const values = isRecord(row.values) ? row.values : {};
    for (const [region, end] of VALUE_CELLS) {
      const pair = values[region];
      const cell = isRecord(pair) ? pair[end] : undefined;
      // A cell of one text per part goes to the parts' rows, when it names only known parts.
      if (!isRecord(cell) || !Object.keys(cell).every((id) => ids.has(id))) continue;
      for (const partRow of partRows) {
        const text = cell[String(partRow.id)];
        if (typeof text === 'string') setPath(partRow, `values.${region}.${end}`, text);
      }
      deletePath(row, `values.${region}.${end}`);
    }
    rows.parts.push(...partRows);
  }
  return row;
}

function headingRow(heading: Json, numbers: Json): Json {
  const { number: _own, ...rest } = heading;
  return { ...numbers, ...rest };
}

function targetRow(target: Json, owner: Json): Json {
  const row: Json = { ...owner, ...target };
  // A pace target is always per year: the kind says it, no column needed.
  if (row.kind === 'pace' && row.per === 'year') delete row.per;
  return row;
}
