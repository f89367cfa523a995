import { deepFreeze, type Plan, safeParsePlan as safeParseIndicatorPlan } from '@plan/indicators';
import {
  buildCatalogue,
  type Catalogue,
  type CatalogueInput,
  CatalogueValidationError,
} from '@plan/projects';
import * as z from 'zod';
import { Amendment } from './amendments/amendment.js';
import { checkAmendments } from './amendments/checkAmendments.js';
import { checkSuccession } from './checkSuccession.js';
import { PlanFile } from './planFile.js';
import { PlanFileError, type PlanFileIssue } from './planFileError.js';
import { Succession } from './succession.js';

/** A plan file read and checked: the file itself and what is built from it, frozen. */
export type ParsedPlan = {
  /** The file as read, defaults filled in: what `GET /api/v1/plans/{id}` gives back. */
  file: PlanFile;
  /** The indicator part: metadata, regions, tables and every indicator with typed values. */
  plan: Plan;
  /** The projects, measures and targets; `undefined` when the file has no `projects`. */
  catalogue: Catalogue | undefined;
  amendments: Amendment[];
  succession: Succession | undefined;
};

/**
 * Reads a plan file and checks all of it: the shape of every part, then the
 * indicator tables (@plan/indicators' `safeParsePlan`), the projects
 * (@plan/projects' `buildCatalogue`, due years defaulting to `period.end`),
 * the amendments (`checkAmendments`) and the succession links. Every problem is returned at once, each with its path
 * from the top of the file (`projects.projects.3.number`).
 */
export function safeParsePlan(
  json: unknown,
): { success: true; data: ParsedPlan } | { success: false; issues: PlanFileIssue[] } {
  const issues = new IssueList();
  const shape = PlanFile.safeParse(json);
  if (!shape.success) issues.addZod(shape.error);
  if (!isRecord(json)) return { success: false, issues: issues.list };

  const { format: _format, projects, amendments, succession, ...indicatorPart } = json;
  const planResult = safeParseIndicatorPlan(indicatorPart);
  if (!planResult.success) issues.add(planResult.issues);
  // Read from the raw tables, so projects and links are checked even when a table has a problem.
  const indicatorIds = indicatorIdsOf(indicatorPart.tables);

  const catalogue = buildProjects(
    projects,
    { planEnd: planEndOf(indicatorPart.period), indicators: [...indicatorIds] },
    issues,
  );

  // Amendments are read against the plan; project targets they name must exist when the file has projects.
  const parsedAmendments = z.array(Amendment).safeParse(amendments ?? []);
  if (planResult.success && parsedAmendments.success) {
    const targetIds = projects === undefined ? [] : catalogue?.targets.map((target) => target.id);
    issues.add(
      checkAmendments(planResult.data, parsedAmendments.data, targetIds ? { targetIds } : {}),
    );
  }

  // Parsed on its own too, so its links are checked even when another part of the file has a problem.
  const parsedSuccession = succession === undefined ? undefined : Succession.safeParse(succession);
  if (parsedSuccession?.success && typeof indicatorPart.id === 'string') {
    issues.add(checkSuccession(parsedSuccession.data, { id: indicatorPart.id, indicatorIds }), [
      'succession',
    ]);
  }

  if (!shape.success || !planResult.success || issues.list.length > 0) {
    return { success: false, issues: issues.list };
  }
  const file = shape.data;
  return {
    success: true,
    data: deepFreeze({
      file,
      plan: planResult.data,
      catalogue,
      amendments: file.amendments,
      succession: file.succession,
    }),
  };
}

/**
 * Reads a plan file (the parsed JSON of one) into the plan, its projects,
 * amendments and succession.
 *
 * @throws PlanFileError listing every problem of the file with its path
 * @example
 *   const { plan, catalogue } = parsePlan(JSON.parse(readFileSync('plan.json', 'utf8')));
 */
export function parsePlan(json: unknown): ParsedPlan {
  const result = safeParsePlan(json);
  if (!result.success) throw new PlanFileError(result.issues);
  return result.data;
}

/** Issues in the order found, each once (the shape check and a later check may both name one). */
class IssueList {
  readonly list: PlanFileIssue[] = [];
  readonly #seen = new Set<string>();

  add(
    issues: readonly { path: readonly (string | number)[]; message: string }[],
    prefix: (string | number)[] = [],
  ) {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      const key = `${JSON.stringify(path)} ${issue.message}`;
      if (this.#seen.has(key)) continue;
      this.#seen.add(key);
      this.list.push({ path, message: issue.message });
    }
  }

  addZod(error: z.ZodError) {
    this.add(
      error.issues.map((issue) => ({
        path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
        message: issue.message,
      })),
    );
  }
}

/** Builds the catalogue when the projects part has the arrays buildCatalogue walks; its own problems go to `issues`. */
function buildProjects(
  projects: unknown,
  plan: { planEnd: number | undefined; indicators: string[] },
  issues: IssueList,
): Catalogue | undefined {
  if (!isRecord(projects) || plan.planEnd === undefined) return undefined;
  const input = {
    outline: projects.outline,
    projects: projects.projects,
    proseTargets: projects.proseTargets ?? [],
    baselines: projects.baselines ?? [],
  };
  // Anything else the shape check has named; buildCatalogue reads each element itself.
  if (![input.projects, input.proseTargets, input.baselines].every(Array.isArray)) return undefined;
  try {
    return buildCatalogue({
      ...(input as Omit<CatalogueInput, 'planEnd' | 'indicators'>),
      planEnd: plan.planEnd,
      indicators: plan.indicators,
    });
  } catch (error) {
    if (!(error instanceof CatalogueValidationError)) throw error;
    issues.add(error.issues, ['projects']);
    return undefined;
  }
}

function planEndOf(period: unknown): number | undefined {
  return isRecord(period) && Number.isInteger(period.end) ? (period.end as number) : undefined;
}

function indicatorIdsOf(tables: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(tables)) return ids;
  for (const table of tables) {
    if (!isRecord(table) || !Array.isArray(table.indicators)) continue;
    for (const row of table.indicators) {
      if (isRecord(row) && typeof row.id === 'string') ids.add(row.id);
    }
  }
  return ids;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
