import { combine, labelOf } from './_lib/combine.js';
import { exactScoreOf } from './_lib/exactScore.js';
import { round } from './_lib/numbers.js';
import type { Method } from './schema/assessInput.js';
import type { IndicatorAssessment } from './schema/indicatorAssessment.js';
import type { RollUp, RollUpLevel } from './schema/rollUp.js';
import { ScoringInputError } from './scoringInputError.js';
import { statusLabels, statusRank } from './statusLabels.js';

/** Options of `rollUp`: how to group (`by`) and optional non-negative weights per indicator id. */
export type RollUpOptions = {
  by: RollUpLevel;
  /** Weight per indicator id (default 1); 0 leaves an indicator out of the weighted mean. */
  weights?: Readonly<Record<string, number>>;
};

/**
 * A score as averages count it. A time-progress score is the completion (1 = 100%): above 100%
 * it counts as 100%, so one figure far over its target (500%) cannot lift a group's average over
 * the others that lag (the issue: 40% → 49%). The other methods' scores are averaged as they are
 * (open-sdg's thresholds are defined on the mean; sdsn's scores are already 0–100).
 */
function averaged(method: Method, score: number | null): number | null {
  return method === 'time-progress' && score !== null && score > 1 ? 1 : score;
}

const meanOf = (scores: readonly number[]) =>
  scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : Number.NaN;

function keysOf(
  assessment: IndicatorAssessment,
  by: RollUpLevel,
): { id: string; region: string | null }[] {
  switch (by) {
    case 'plan':
      return [{ id: 'plan', region: null }];
    case 'region':
      return [{ id: assessment.region, region: assessment.region }];
    case 'table':
      return [{ id: assessment.table, region: assessment.region }];
    default:
      // An indicator counts in every category above it (体育 › 竞技体育 › 队伍建设).
      return assessment.categoryPath.map((id) => ({ id, region: assessment.region }));
  }
}

function summarise(
  level: RollUpLevel,
  id: string,
  region: string | null,
  method: Method,
  members: readonly IndicatorAssessment[],
  weights: Readonly<Record<string, number>>,
): RollUp {
  const counts: Record<string, number> = {};
  for (const status of Object.keys(statusLabels[method])) counts[status] = 0;
  let weightedSum = 0;
  let weightedSumUncapped = 0;
  let totalWeight = 0;
  const uncapped: number[] = [];
  const assessed: IndicatorAssessment[] = [];
  const missingIndicators: { indicatorId: string; region: string }[] = [];
  for (const member of members) {
    counts[member.status] = (counts[member.status] ?? 0) + 1;
    if (member.missing) {
      missingIndicators.push({ indicatorId: member.indicatorId, region: member.region });
      continue;
    }
    assessed.push(member);
    const weight = weights[member.indicatorId] ?? 1;
    const score = exactScoreOf(member);
    if (score !== null) uncapped.push(score);
    if (score !== null && weight > 0) {
      weightedSum += weight * (averaged(method, score) as number);
      weightedSumUncapped += weight * score;
      totalWeight += weight;
    }
  }
  const combined = combine(
    method,
    assessed.map((member) => ({
      status: member.status,
      score: averaged(method, exactScoreOf(member)),
      colour: member.colour,
    })),
  );
  const worst = [...assessed]
    .sort(
      (a, b) =>
        (statusRank(method, a.status) ?? 0) - (statusRank(method, b.status) ?? 0) ||
        (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY),
    )
    .slice(0, 2)
    .map((member) => ({
      indicatorId: member.indicatorId,
      region: member.region,
      status: member.status,
      score: member.score,
    }));
  const achieved = members.filter((member) => member.achieved).length;
  return {
    level,
    id,
    region,
    method,
    indicators: members.length,
    assessed: assessed.length,
    missing: missingIndicators.length,
    missingIndicators,
    achieved,
    allAchieved: members.length > 0 && achieved === members.length,
    counts,
    meanScore: round(combined.score ?? Number.NaN, 6),
    weightedMeanScore: totalWeight > 0 ? round(weightedSum / totalWeight, 6) : null,
    meanScoreUncapped: round(meanOf(uncapped), 6),
    weightedMeanScoreUncapped: totalWeight > 0 ? round(weightedSumUncapped / totalWeight, 6) : null,
    totalWeight,
    status: combined.status,
    label: labelOf(method, combined.status),
    worst,
    colour: combined.colour,
  };
}

/**
 * Sums indicator assessments up by plan, region, table or category: counts
 * per status, the mean and weighted mean score (time-progress: completion over
 * 100% counts as 100% in them; `meanScoreUncapped` and `weightedMeanScoreUncapped`
 * keep the plain averages), the group status (open-sdg:
 * from the mean score, "target achieved" only if all are — as sdg-build
 * aggregates; the other methods: worst-of), the two worst indicators, whether
 * all are achieved, and for sdsn the group colour from its two worst
 * indicators. Indicators without data are listed as missing, never counted
 * as zero.
 *
 * @throws ScoringInputError when the assessments mix methods or a weight is negative
 * @example
 *   const { indicators } = assessPlan(ordosPlan, observations, { method: 'open-sdg', asOf: '2024-06-30' });
 *   rollUp(indicators, { by: 'table' }).map((group) => [group.id, group.status, group.missing]);
 */
export function rollUp(
  assessments: readonly IndicatorAssessment[],
  options: RollUpOptions,
): RollUp[] {
  const methods = new Set(assessments.map((assessment) => assessment.method));
  if (methods.size > 1) {
    throw new ScoringInputError([
      {
        path: ['assessments'],
        message: `mixes methods (${[...methods].join(', ')}): roll up one method at a time`,
      },
    ]);
  }
  const weights = options.weights ?? {};
  for (const [id, weight] of Object.entries(weights)) {
    if (!(weight >= 0 && Number.isFinite(weight))) {
      throw new ScoringInputError([
        { path: ['weights', id], message: 'expected a finite weight ≥ 0' },
      ]);
    }
  }
  const method = assessments[0]?.method;
  if (!method) return [];
  const groups = new Map<
    string,
    { id: string; region: string | null; members: IndicatorAssessment[] }
  >();
  for (const assessment of assessments) {
    for (const key of keysOf(assessment, options.by)) {
      const mapKey = `${key.region ?? ''}\u0000${key.id}`;
      let group = groups.get(mapKey);
      if (!group) {
        group = { ...key, members: [] };
        groups.set(mapKey, group);
      }
      group.members.push(assessment);
    }
  }
  return [...groups.values()].map((group) =>
    summarise(options.by, group.id, group.region, method, group.members, weights),
  );
}
