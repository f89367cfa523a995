import type { z } from 'zod';
import type { Indicator, IndicatorPart, UnitKind } from './schema/indicator.js';
import { Plan } from './schema/plan.js';
import {
  type CategoryInput,
  type CellInput,
  type IndicatorInput,
  PlanInput,
  type TableInput,
} from './schema/planInput.js';
import { readPrintedValue } from './schema/printedValue.js';
import type { Category } from './schema/table.js';
import type { PlanValue, ScalarValue } from './schema/value.js';

export type PlanIssue = { path: (string | number)[]; message: string };

/** Thrown by `parsePlan`; `issues` lists every problem with its path in the input. */
export class PlanValidationError extends Error {
  readonly issues: PlanIssue[];
  constructor(issues: PlanIssue[]) {
    super(`Invalid plan:\n${issues.map(formatPlanIssue).join('\n')}`);
    this.name = 'PlanValidationError';
    this.issues = issues;
  }
}

export function formatPlanIssue(issue: PlanIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return `- ${path}: ${issue.message}`;
}

function fromZod(error: z.ZodError): PlanIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
}

/** Returns the parsed plan, or every problem found, each with its path. */
export function safeParsePlan(
  json: unknown,
): { success: true; data: Plan } | { success: false; issues: PlanIssue[] } {
  const shape = PlanInput.safeParse(json);
  if (!shape.success) return { success: false, issues: fromZod(shape.error) };
  const issues: PlanIssue[] = [];
  const plan = buildPlan(shape.data, issues);
  if (issues.length > 0) return { success: false, issues };
  // The built plan is checked once more against the output schema: a bug here must not pass.
  const checked = Plan.safeParse(plan);
  if (!checked.success) return { success: false, issues: fromZod(checked.error) };
  return { success: true, data: checked.data };
}

/**
 * Reads a plan file (the parsed JSON of one, or a typed module) into a `Plan`.
 * Printed cells become typed values; ids, categories, regions and the values'
 * fit to each indicator's unit are checked.
 *
 * @throws PlanValidationError naming the path and the problem of each issue
 * @example
 *   const plan = parsePlan(JSON.parse(readFileSync('plan.json', 'utf8')));
 */
export function parsePlan(json: unknown): Plan {
  const result = safeParsePlan(json);
  if (!result.success) throw new PlanValidationError(result.issues);
  return result.data;
}

type Input = z.output<typeof PlanInput>;

function buildPlan(input: Input, issues: PlanIssue[]): Plan {
  const { tables: tableInputs, ...meta } = input;
  const regionIds = new Set<string>();
  input.regions.forEach((region, index) => {
    if (regionIds.has(region.id)) {
      issues.push({
        path: ['regions', index, 'id'],
        message: `duplicate region id "${region.id}"`,
      });
    }
    regionIds.add(region.id);
  });
  input.regions.forEach((region, index) => {
    if (region.parent !== undefined && !regionIds.has(region.parent)) {
      issues.push({
        path: ['regions', index, 'parent'],
        message: `unknown parent region "${region.parent}"`,
      });
    }
  });
  for (const key of ['issuer', 'subjectRegion', 'benchmarkRegion'] as const) {
    if (!regionIds.has(input[key])) {
      issues.push({ path: [key], message: `unknown region "${input[key]}": not in regions` });
    }
  }
  if (input.baselineYear >= input.targetYear) {
    issues.push({ path: ['targetYear'], message: 'targetYear must be after baselineYear' });
  }

  const tableIds = new Set<string>();
  const indicatorIds = new Set<string>();
  const indicators: Indicator[] = [];
  const tables = tableInputs.map((table, tableIndex) => {
    const tablePath = ['tables', tableIndex];
    if (tableIds.has(table.id)) {
      issues.push({ path: [...tablePath, 'id'], message: `duplicate table id "${table.id}"` });
    }
    tableIds.add(table.id);
    const categories = table.categories.map(toCategory);
    const categoryIndex = indexCategories(categories, [...tablePath, 'categories'], issues);
    table.indicators.forEach((row, rowIndex) => {
      const rowPath = [...tablePath, 'indicators', rowIndex];
      if (indicatorIds.has(row.id)) {
        issues.push({ path: [...rowPath, 'id'], message: `duplicate indicator id "${row.id}"` });
      }
      indicatorIds.add(row.id);
      indicators.push(buildIndicator(table, row, rowIndex, categoryIndex, rowPath, issues));
    });
    return {
      id: table.id,
      title: table.title,
      categories,
      indicatorIds: table.indicators.map((row) => row.id),
      ...(table.footnote ? { footnote: table.footnote } : {}),
    };
  });
  return { ...meta, tables, indicators };
}

function toCategory(input: CategoryInput): Category {
  return {
    id: input.id,
    printed: input.printed,
    name: input.name,
    localAddition: input.printed.startsWith('*'),
    children: (input.children ?? []).map(toCategory),
  };
}

/** Maps each category path ("a/b/c") to its categories from the top down. */
function indexCategories(
  categories: Category[],
  path: (string | number)[],
  issues: PlanIssue[],
): Map<string, Category[]> {
  const index = new Map<string, Category[]>();
  const seen = new Set<string>();
  const walk = (nodes: Category[], trail: Category[], nodePath: (string | number)[]) => {
    nodes.forEach((node, position) => {
      if (seen.has(node.id)) {
        issues.push({
          path: [...nodePath, position, 'id'],
          message: `duplicate category id "${node.id}"`,
        });
      }
      seen.add(node.id);
      const chain = [...trail, node];
      index.set(chain.map((category) => category.id).join('/'), chain);
      walk(node.children, chain, [...nodePath, position, 'children']);
    });
  };
  walk(categories, [], path);
  return index;
}

function buildIndicator(
  table: z.output<typeof TableInput>,
  row: z.output<typeof IndicatorInput>,
  rowIndex: number,
  categoryIndex: Map<string, Category[]>,
  rowPath: (string | number)[],
  issues: PlanIssue[],
): Indicator {
  const chain = categoryIndex.get(row.categoryPath.join('/'));
  if (!chain) {
    issues.push({
      path: [...rowPath, 'categoryPath'],
      message: `no category path "${row.categoryPath.join(' / ')}" in table "${table.id}"`,
    });
  }
  if (row.direction === 'band' && !row.band) {
    issues.push({
      path: [...rowPath, 'band'],
      message: 'direction "band" needs a band { lower, upper }',
    });
  }
  if (row.direction !== 'band' && row.band) {
    issues.push({
      path: [...rowPath, 'band'],
      message: `a band is only meaningful with direction "band"`,
    });
  }
  const read = (cell: CellInput, path: (string | number)[]) =>
    readCell(cell, row.parts, row.unit.kind, path, issues);
  const values = {
    subject: {
      baseline: read(row.values.subject.baseline, [...rowPath, 'values', 'subject', 'baseline']),
      target: read(row.values.subject.target, [...rowPath, 'values', 'subject', 'target']),
    },
    benchmark: {
      baseline: read(row.values.benchmark.baseline, [
        ...rowPath,
        'values',
        'benchmark',
        'baseline',
      ]),
      target: read(row.values.benchmark.target, [...rowPath, 'values', 'benchmark', 'target']),
    },
  };
  return {
    id: row.id,
    table: table.id,
    order: rowIndex + 1,
    categoryPath: row.categoryPath,
    printed: row.printed,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    ...(row.band ? { band: row.band } : {}),
    localAddition:
      row.printed.startsWith('*') || (chain ?? []).some((category) => category.localAddition),
    ...(row.parts ? { parts: row.parts } : {}),
    values,
    notes: row.notes ?? [],
    ...(row.regionScope ? { regionScope: row.regionScope } : {}),
  };
}

const ABSENT: PlanValue = { kind: 'absent', printed: '' };

function readCell(
  cell: CellInput,
  parts: IndicatorPart[] | undefined,
  unitKind: UnitKind,
  path: (string | number)[],
  issues: PlanIssue[],
): PlanValue {
  if (typeof cell === 'string') {
    if (parts) {
      // A split row may still leave a whole cell blank; anything else must name its parts.
      const read = readPrintedValue(cell);
      if (read.ok && read.value.kind === 'absent') return read.value;
      issues.push({
        path,
        message: `this indicator has parts (${parts.map((part) => part.id).join(', ')}): give one printed value per part`,
      });
      return ABSENT;
    }
    return readWhole(cell, unitKind, path, issues);
  }
  if (!parts) {
    issues.push({
      path,
      message: 'this indicator has no parts: expected one printed value, not an object',
    });
    return ABSENT;
  }
  const known = new Set(parts.map((part) => part.id));
  for (const key of Object.keys(cell)) {
    if (!known.has(key)) {
      issues.push({
        path: [...path, key],
        message: `unknown part "${key}": expected one of ${[...known].join(', ')}`,
      });
    }
  }
  const splitParts = parts.map((part) => {
    const printed = cell[part.id];
    if (printed === undefined) {
      issues.push({ path: [...path, part.id], message: `missing the value of part "${part.id}"` });
      return { part: part.id, value: ABSENT as Extract<PlanValue, { kind: 'absent' }> };
    }
    const read = readPrintedValue(printed, part.label.zh);
    if (!read.ok) {
      issues.push({ path: [...path, part.id], message: read.message });
      return { part: part.id, value: ABSENT as Extract<PlanValue, { kind: 'absent' }> };
    }
    if (read.value.kind === 'ratio') {
      issues.push({
        path: [...path, part.id],
        message: 'a part of a split value cannot be a ratio',
      });
      return { part: part.id, value: ABSENT as Extract<PlanValue, { kind: 'absent' }> };
    }
    if (read.value.kind !== 'absent') checkFit(read.value, unitKind, [...path, part.id], issues);
    return { part: part.id, value: read.value };
  });
  return {
    kind: 'split',
    printed: parts.map((part) => cell[part.id] ?? '').join(' / '),
    parts: splitParts,
  };
}

function readWhole(
  cell: string,
  unitKind: UnitKind,
  path: (string | number)[],
  issues: PlanIssue[],
): PlanValue {
  const read = readPrintedValue(cell);
  if (!read.ok) {
    issues.push({ path, message: read.message });
    return ABSENT;
  }
  const value = read.value;
  if (value.kind === 'absent') return value;
  if (value.kind === 'ratio') {
    if (unitKind !== 'ratio') {
      issues.push({
        path,
        message: `a ratio ("${cell}") needs unit kind "ratio", not "${unitKind}"`,
      });
    } else {
      const total = value.parts.reduce((sum, part) => sum + part, 0);
      if (Math.abs(total - 100) > 1e-9) {
        issues.push({ path, message: `the parts of ratio "${cell}" add up to ${total}, not 100` });
      }
    }
    return value;
  }
  if (unitKind === 'ratio') {
    issues.push({
      path,
      message: `unit kind "ratio" expects a ratio such as "40：60", not "${cell}"`,
    });
    return value;
  }
  checkFit(value, unitKind, path, issues);
  return value;
}

/** A value must be possible for its unit: a percentage within 0–100, a count a whole number ≥ 0. */
function checkFit(
  value: ScalarValue,
  unitKind: UnitKind,
  path: (string | number)[],
  issues: PlanIssue[],
) {
  if (value.value < 0) {
    issues.push({ path, message: `"${value.printed}" is negative: a ${unitKind} cannot be` });
  } else if (unitKind === 'percent' && value.value > 100) {
    issues.push({ path, message: `"${value.printed}" is above 100: not a possible percentage` });
  } else if (unitKind === 'count' && !Number.isInteger(value.value)) {
    issues.push({ path, message: `"${value.printed}" is not a whole number: a count must be` });
  }
}
