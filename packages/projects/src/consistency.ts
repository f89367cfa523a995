import { deepFreeze, ordosPlan, type Plan } from '@plan/indicators';
import { z } from 'zod';
import { checkClaims } from './_lib/consistency/checkClaims.js';
import { checkIndicators } from './_lib/consistency/checkIndicators.js';
import { checkLists } from './_lib/consistency/checkLists.js';
import {
  checkBoxTitles,
  checkHeadingNumbering,
  checkMeasureNumbering,
} from './_lib/consistency/checkNumbering.js';
import { checkSums } from './_lib/consistency/checkSums.js';
import { type CheckResult, createContext } from './_lib/consistency/context.js';
import { curatedFindings } from './_lib/consistency/curatedFindings.js';
import { ordosBaselines, ordosOutline, ordosProjects, ordosTargets } from './catalogue.js';
import { ConsistencyInputError } from './consistencyInputError.js';
import {
  findingOverrides,
  listClaims,
  curatedFindings as ordosCuratedFindings,
  planClaim,
  sumChecks,
  tableCells,
} from './data/ordos-2021-2025/consistencySources.js';
import type { ConsistencyFinding, Severity } from './schema/consistencyFinding.js';
import { ConsistencyReport } from './schema/consistencyReport.js';
import { ConsistencySources, type PlanClaim } from './schema/consistencySources.js';
import { Project } from './schema/project.js';
import { Target } from './schema/target.js';

export { ConsistencyInputError };

/** The Ordos sources: outline, the plan's own counts, table cell lines, sums to check, curated findings. */
export const ordosConsistencySources: ConsistencySources & { claim: PlanClaim } = {
  outline: ordosOutline,
  claim: planClaim,
  listClaims,
  baselines: [...ordosBaselines],
  tableCells,
  sumChecks,
  curated: ordosCuratedFindings,
  overrides: findingOverrides,
};

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `- ${[what, ...issue.path.map(String)].join('.')}: ${issue.message}`,
  );
  throw new ConsistencyInputError(`Invalid ${what}:\n${lines.join('\n')}`);
}

/**
 * Checks a plan's projects and targets against themselves, the plan's own
 * counts and its indicator tables, and returns every finding with all its
 * readings, and every check run (so agreement is on record too).
 *
 * Derived: the count of measures against 附表1's claim; printed measure
 * numbers; headings printed without numbers; box titles against 附表1 names;
 * each target linked to an indicator against the table's target-year value
 * and comparator (a yearly pace is projected from the baseline-year value,
 * both years the plan's); sums the plan
 * states; lists it counts. Curated: contradictions that need a human reading,
 * from `sources.curated`; `sources.overrides` adds our reading to derived
 * findings. Findings are ordered by severity, derived before curated. Every
 * indicator the sources name must be one of `plan`'s.
 *
 * @throws ConsistencyInputError naming the path and the problem
 * @example
 *   const report = checkConsistency(ordosProjects, ordosTargets, ordosPlan, ordosConsistencySources);
 *   report.findings.filter((finding) => finding.severity === 'high');
 */
export function checkConsistency(
  projects: readonly Project[],
  targets: readonly Target[],
  plan: Plan,
  sources: ConsistencySources,
): ConsistencyReport {
  const context = createContext(
    parseOrThrow(z.array(Project), projects, 'projects'),
    parseOrThrow(z.array(Target), targets, 'targets'),
    plan,
    parseOrThrow(ConsistencySources, sources, 'sources'),
  );
  const unknownCells = context.sources.tableCells.flatMap((cell, index) =>
    context.indicatorById.has(cell.indicator)
      ? []
      : [`sources.tableCells.${index}.indicator: unknown indicator "${cell.indicator}"`],
  );
  if (unknownCells.length > 0) {
    throw new ConsistencyInputError(
      `Invalid sources: the plan has no such indicator:\n- ${unknownCells.join('\n- ')}`,
    );
  }
  const results: CheckResult[] = [
    ...checkClaims(context),
    checkMeasureNumbering(context),
    checkHeadingNumbering(context),
    checkBoxTitles(context),
    ...checkIndicators(context),
    ...checkSums(context),
    ...checkLists(context),
  ];
  const checks = results.map(({ check, findings }) => ({
    ...check,
    outcome: findings.length > 0 ? ('disagrees' as const) : ('agrees' as const),
    findingIds: findings.map((finding) => finding.id),
  }));
  const drafts = results.flatMap((result) => result.findings);

  const { overrides } = context.sources;
  const derivedIds = new Set(drafts.map((draft) => draft.id));
  const unknown = Object.keys(overrides).filter((id) => !derivedIds.has(id));
  if (unknown.length > 0) {
    throw new ConsistencyInputError(
      `overrides name findings that were not derived: ${unknown.join(', ')} (derived: ${[...derivedIds].join(', ')})`,
    );
  }
  const derived = drafts.map((draft): ConsistencyFinding => {
    const override = overrides[draft.id];
    if (!override) return { ...draft, origin: 'derived' };
    return {
      ...draft,
      origin: 'derived',
      severity: override.severity ?? draft.severity,
      explanation: {
        ...(draft.explanation.zh || override.explanation.zh
          ? { zh: `${draft.explanation.zh ?? ''}${override.explanation.zh ?? ''}` }
          : {}),
        en: `${draft.explanation.en} ${override.explanation.en}`,
      },
    };
  });

  const findings = [...derived, ...curatedFindings(context)].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  // The output is checked against its schema: a bug here must not pass as a report.
  return parseOrThrow(ConsistencyReport, { findings, checks }, 'report');
}

/** The Ordos plan's consistency report: derived and curated findings, and every check run. */
export const ordosConsistencyReport: Readonly<ConsistencyReport> = deepFreeze(
  checkConsistency(ordosProjects, ordosTargets, ordosPlan, ordosConsistencySources),
);
