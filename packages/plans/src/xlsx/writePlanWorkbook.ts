import type { PlanFileInput } from '../planFile.js';
import { buildWorkbook } from './_lib/buildWorkbook.js';
import { emptyRows, planToRows } from './_lib/planToRows.js';

/**
 * Writes a plan file as an XLSX workbook: a notes sheet (zh and en), the
 * plan's fields, and one sheet per kind of row (regions, tables, categories,
 * indicators, parts, data notes, outline, projects, measures, targets,
 * baselines, amendments, succession), with bilingual headers, a frozen header
 * row and drop-down lists for the enumerations and ids. `readPlanWorkbook`
 * reads it back to the same file: every field is in a column or, where no
 * column holds it, in the row's JSON "extra" cell.
 *
 * @example
 *   writeFileSync('plan.xlsx', await writePlanWorkbook(ordosPlanFile));
 */
export function writePlanWorkbook(file: PlanFileInput): Promise<Uint8Array> {
  return buildWorkbook(planToRows(file), { examples: false });
}

/**
 * The empty plan template: every sheet with its headers, drop-down lists and
 * one example row marked 示例 in column A (skipped when read, never counted
 * as data), the plan sheet with its fields and example values beside them.
 *
 * @example
 *   writeFileSync('plan-template.xlsx', await writePlanTemplate());
 */
export function writePlanTemplate(): Promise<Uint8Array> {
  return buildWorkbook({ plan: {}, rows: emptyRows() }, { examples: true });
}
