import { type RowSheetId, VALUE_CELLS } from '../planSheets.js';
import { isRecord, type Json } from './paths.js';

/** Where something is in the workbook; row and column (letters) where known. */
export type WorkbookLocation = { sheet: string; row?: number; column?: string };

/** A row as read: its object (fields by path, the extra column merged in) and each column's letters by key. */
export type ReadRow = { sheet: string; row: number; object: Json; columns: Map<string, string> };

export type ReadSheets = {
  /** The plan sheet's fields, by path, and where each value cell is. */
  plan: { object: Json; cells: Map<string, WorkbookLocation> };
  rows: Record<RowSheetId, ReadRow[]>;
};

type Report = (location: WorkbookLocation, message: string) => void;

const listOf = (owner: Json, key: string): unknown[] => {
  const list = owner[key];
  if (Array.isArray(list)) return list;
  const created: unknown[] = [];
  owner[key] = created;
  return created;
};
const objectOf = (owner: Json, key: string): Json => {
  const object = owner[key];
  if (isRecord(object)) return object;
  const created: Json = {};
  owner[key] = created;
  return created;
};
const take = (object: Json, key: string): unknown => {
  const value = object[key];
  delete object[key];
  return value;
};
const cellOf = (row: ReadRow, key: string): WorkbookLocation => {
  const column = row.columns.get(key);
  return column === undefined
    ? { sheet: row.sheet, row: row.row }
    : { sheet: row.sheet, row: row.row, column };
};

/**
 * Puts the rows of a workbook back together into a plan file (the reverse of
 * `planToRows`) and notes where each part of the file came from, so a
 * problem `parsePlan` finds at a path can be reported at its sheet, row and
 * column. A row naming an owner that does not exist (a table, an indicator, a
 * project, a measure) is reported and left out.
 */
export function rowsToPlan(
  read: ReadSheets,
  report: Report,
): { file: Json; sources: Map<string, WorkbookLocation> } {
  const file = read.plan.object;
  const sources = new Map<string, WorkbookLocation>(read.plan.cells);
  const mark = (path: (string | number)[], row: ReadRow) => {
    const at = path.join('.');
    sources.set(at, { sheet: row.sheet, row: row.row });
    for (const [key, column] of row.columns) {
      sources.set(`${at}.${key}`, { sheet: row.sheet, row: row.row, column });
    }
  };
  const { rows } = read;

  const regions = listOf(file, 'regions');
  for (const row of rows.regions) {
    mark(['regions', regions.length], row);
    regions.push(row.object);
  }

  const tables = listOf(file, 'tables');
  const tablesById = new Map<unknown, { table: Json; path: (string | number)[] }>();
  for (const row of rows.tables) {
    const path = ['tables', tables.length];
    mark(path, row);
    listOf(row.object, 'categories');
    listOf(row.object, 'indicators');
    tables.push(row.object);
    if (!tablesById.has(row.object.id)) tablesById.set(row.object.id, { table: row.object, path });
  }
  const tableOf = (row: ReadRow) => {
    const id = take(row.object, 'table');
    const found = tablesById.get(id);
    if (!found)
      report(cellOf(row, 'table'), `no table "${String(id ?? '')}" in the sheet 表 Tables`);
    return found;
  };

  const categoryPaths = new Map<Json, (string | number)[]>();
  for (const row of rows.categories) {
    const owner = tableOf(row);
    const parentPath = take(row.object, 'parentPath');
    if (!owner) continue;
    let siblings = listOf(owner.table, 'categories');
    let path = [...owner.path, 'categories'];
    if (typeof parentPath === 'string') {
      const parent = parentPath.split('/').reduce<Json | undefined>((at, id) => {
        const list = at ? at.children : owner.table.categories;
        return Array.isArray(list) ? list.find((c) => isRecord(c) && c.id === id) : undefined;
      }, undefined);
      if (!parent) {
        report(
          cellOf(row, 'parentPath'),
          `no category "${parentPath}" above this row in table "${String(owner.table.id)}"`,
        );
        continue;
      }
      siblings = listOf(parent, 'children');
      path = [...(categoryPaths.get(parent) ?? []), 'children'];
    }
    path = [...path, siblings.length];
    categoryPaths.set(row.object, path);
    mark(path, row);
    siblings.push(row.object);
  }

  const indicatorsById = new Map<unknown, { indicator: Json; path: (string | number)[] }>();
  for (const row of rows.indicators) {
    const owner = tableOf(row);
    if (!owner) continue;
    const indicators = listOf(owner.table, 'indicators');
    const path = [...owner.path, 'indicators', indicators.length];
    mark(path, row);
    const indicator = row.object;
    indicator.categoryPath =
      typeof indicator.categoryPath === 'string'
        ? indicator.categoryPath.split('/')
        : (indicator.categoryPath ?? []);
    indicators.push(indicator);
    if (!indicatorsById.has(indicator.id)) indicatorsById.set(indicator.id, { indicator, path });
  }
  const indicatorOf = (row: ReadRow) => {
    const id = take(row.object, 'indicator');
    const found = indicatorsById.get(id);
    if (!found)
      report(
        cellOf(row, 'indicator'),
        `no indicator "${String(id ?? '')}" in the sheet 指标 Indicators`,
      );
    return found;
  };

  const fromParts = new Set<Json>();
  for (const row of rows.parts) {
    const owner = indicatorOf(row);
    if (!owner) continue;
    const parts = listOf(owner.indicator, 'parts');
    const path = [...owner.path, 'parts', parts.length];
    mark(path, row);
    const part = row.object;
    const partValues = take(part, 'values');
    for (const [region, end] of VALUE_CELLS) {
      const pair = isRecord(partValues) ? partValues[region] : undefined;
      const text = isRecord(pair) ? pair[end] : undefined;
      if (typeof text !== 'string') continue;
      const ownerPair = objectOf(objectOf(owner.indicator, 'values'), region);
      const current = ownerPair[end];
      const key = `values.${region}.${end}`;
      if (isRecord(current) && fromParts.has(current)) {
        current[String(part.id)] = text;
      } else if (current === undefined || current === '') {
        const cell: Json = { [String(part.id)]: text };
        fromParts.add(cell);
        ownerPair[end] = cell;
        sources.set([...owner.path, key].join('.'), cellOf(row, key));
      } else {
        report(
          cellOf(row, key),
          `indicator "${String(owner.indicator.id)}" already gives ${key} on its own row: give it there or on its parts' rows, not both`,
        );
        continue;
      }
      sources.set([...owner.path, key, String(part.id)].join('.'), cellOf(row, key));
    }
    parts.push(part);
  }

  for (const row of rows.dataNotes) {
    const about = row.object.indicator;
    const owner = about === undefined ? { indicator: file, path: [] } : indicatorOf(row);
    if (about === undefined) delete row.object.indicator;
    if (!owner) continue;
    const notes = listOf(owner.indicator, 'notes');
    mark([...owner.path, 'notes', notes.length], row);
    notes.push(row.object);
  }

  readProjects(file, rows, { mark, report, sources });

  if (rows.amendments.length > 0) {
    const amendments = listOf(file, 'amendments');
    for (const row of rows.amendments) {
      const reason = row.object.reason;
      // A reason in Chinese only is the document's own words: kept as a string.
      if (isRecord(reason) && Object.keys(reason).length === 1 && typeof reason.zh === 'string') {
        row.object.reason = reason.zh;
        sources.set(`amendments.${amendments.length}.reason`, cellOf(row, 'reason.zh'));
      }
      mark(['amendments', amendments.length], row);
      amendments.push(row.object);
    }
  }

  if (rows.succession.length > 0) {
    const links = listOf(objectOf(file, 'succession'), 'links');
    for (const row of rows.succession) {
      mark(['succession', 'links', links.length], row);
      links.push(row.object);
    }
  }
  return { file, sources };
}

function readProjects(
  file: Json,
  rows: ReadSheets['rows'],
  {
    mark,
    report,
    sources,
  }: {
    mark: (path: (string | number)[], row: ReadRow) => void;
    report: Report;
    sources: Map<string, WorkbookLocation>;
  },
) {
  const any = ['outline', 'projects', 'measures', 'targets', 'baselines'] as const;
  if (file.projects === undefined && any.every((sheet) => rows[sheet].length === 0)) return;
  const projects = objectOf(file, 'projects');
  const chapters = listOf(objectOf(projects, 'outline'), 'chapters');

  for (const row of rows.outline) {
    const heading = row.object;
    const chapter = take(heading, 'chapter');
    const section = take(heading, 'section');
    const subsection = take(heading, 'subsection');
    const level =
      subsection !== undefined ? 'subsection' : section !== undefined ? 'section' : 'chapter';
    heading.number = { chapter, section, subsection }[level];
    let siblings = chapters;
    let path: (string | number)[] = ['projects', 'outline', 'chapters'];
    if (level !== 'chapter') {
      const parentChapter = chapters.findIndex((c) => isRecord(c) && c.number === chapter);
      if (parentChapter < 0) {
        report(cellOf(row, 'chapter'), `no chapter ${String(chapter ?? '')} above this row`);
        continue;
      }
      siblings = listOf(chapters[parentChapter] as Json, 'sections');
      path = [...path, parentChapter, 'sections'];
      if (level === 'subsection') {
        const parentSection = siblings.findIndex((s) => isRecord(s) && s.number === section);
        if (parentSection < 0) {
          report(
            cellOf(row, 'section'),
            `no section ${String(section ?? '')} of chapter ${String(chapter)} above this row`,
          );
          continue;
        }
        siblings = listOf(siblings[parentSection] as Json, 'subsections');
        path = [...path, parentSection, 'subsections'];
      }
    }
    if (level === 'chapter') listOf(heading, 'sections');
    if (level === 'section') listOf(heading, 'subsections');
    path = [...path, siblings.length];
    mark(path, row);
    sources.set([...path, 'number'].join('.'), cellOf(row, level));
    siblings.push(heading);
  }

  const projectList = listOf(projects, 'projects');
  const projectsByNumber = new Map<unknown, { project: Json; path: (string | number)[] }>();
  for (const row of rows.projects) {
    const path = ['projects', 'projects', projectList.length];
    mark(path, row);
    listOf(row.object, 'measures');
    projectList.push(row.object);
    if (!projectsByNumber.has(row.object.number))
      projectsByNumber.set(row.object.number, { project: row.object, path });
  }
  const projectOf = (row: ReadRow) => {
    const number = take(row.object, 'project');
    const found = projectsByNumber.get(number);
    if (!found)
      report(
        cellOf(row, 'project'),
        `no project ${String(number ?? '')} in the sheet 项目 Projects`,
      );
    return found;
  };

  for (const row of rows.measures) {
    const owner = projectOf(row);
    if (!owner) continue;
    const measures = listOf(owner.project, 'measures');
    mark([...owner.path, 'measures', measures.length], row);
    measures.push(row.object);
  }

  for (const row of rows.targets) {
    const target = row.object;
    if (target.kind === 'pace' && target.per === undefined) target.per = 'year';
    const inMeasure = target.project !== undefined || target.measure !== undefined;
    if (!inMeasure) {
      const prose = listOf(projects, 'proseTargets');
      mark(['projects', 'proseTargets', prose.length], row);
      prose.push(target);
      continue;
    }
    const position = take(target, 'measure');
    if (position === undefined) {
      report(
        cellOf(row, 'measure'),
        'a target of a measure needs the measure position too (1 for the first); a target of the prose leaves both empty',
      );
      continue;
    }
    const owner = projectOf(row);
    if (!owner) continue;
    const measures = listOf(owner.project, 'measures');
    const index = typeof position === 'number' ? position - 1 : -1;
    const measure = measures[index];
    if (!isRecord(measure)) {
      report(
        cellOf(row, 'measure'),
        `project ${String(owner.project.number)} has no measure ${String(position)} (it has ${measures.length})`,
      );
      continue;
    }
    const targets = listOf(measure, 'targets');
    mark([...owner.path, 'measures', index, 'targets', targets.length], row);
    targets.push(target);
  }

  if (rows.baselines.length > 0) {
    const baselines = listOf(projects, 'baselines');
    for (const row of rows.baselines) {
      mark(['projects', 'baselines', baselines.length], row);
      baselines.push(row.object);
    }
  }
}
