import { round } from '../../_lib/numbers.js';
import { rollUp } from '../../rollUp.js';
import type { Method } from '../../schema/assessInput.js';
import { statusLabels, statusRank } from '../../statusLabels.js';
import type { Ranking, RankingRow } from '../schema/regionComparison.js';
import type { RegionIndicatorAssessment } from '../schema/regionJudging.js';

/** The points of each status of a method: its rank scaled to 0 (worst) – 100 (best); none for "cannot tell". */
function statusPoints(method: Method): Record<string, number> {
  const entries = Object.entries(statusLabels[method]) as [string, { rank: number | null }][];
  const top = Math.max(...entries.map(([, entry]) => entry.rank ?? 0));
  return Object.fromEntries(
    entries.flatMap(([status, entry]) =>
      entry.rank === null ? [] : [[status, round((entry.rank / top) * 100, 2) as number]],
    ),
  );
}

const percent = (share: number) => `${round(share * 100, 1)}%`;

function methodText(
  method: Method,
  points: Record<string, number>,
  floor: number,
  equalWeights: boolean,
): { zh: string; en: string } {
  const labels = statusLabels[method] as Record<string, { label: { zh: string; en: string } }>;
  const list = Object.entries(points);
  const zhPoints = list
    .map(([status, value]) => `${labels[status]?.label.zh ?? status}${value}分`)
    .join('、');
  const enPoints = list
    .map(([status, value]) => `${labels[status]?.label.en ?? status} ${value}`)
    .join(', ');
  return {
    zh: `综合得分为各旗区逐项评估状态得分的加权平均（按“${method}”方法：${zhPoints}）；${equalWeights ? '各指标权重相等' : '权重见下表'}；只计入按旗区评估的指标，只评估全市整体的指标不计入。无数据或无法评估的指标不计分，既不按0分也不按满分计，只计入缺失数；已评估指标占应评估指标的比例（覆盖率）低于${percent(floor)}的旗区不排名并说明原因。得分相同者名次相同。`,
    en: `The composite score is the weighted mean of the points of each indicator's status (method "${method}": ${enPoints}); ${equalWeights ? 'every indicator weighs the same' : 'the weights are listed'}; only indicators judged per district count, not those about the city as a whole. An indicator without data or that cannot be assessed scores nothing: it is counted as missing, never as 0 or as full marks; a district whose coverage (indicators judged ÷ indicators expected) is below ${percent(floor)} is not ranked, and the reason is given. Equal scores share a rank.`,
  };
}

/**
 * Ranks regions by a transparent composite: the weighted mean of status
 * points of the indicators judged per region. A region with too little data
 * (coverage under the floor) is unranked with the reason, never ranked as if
 * its missing indicators scored 0 or 100.
 */
export function rankRegions(
  method: Method,
  byRegion: readonly { region: string; assessments: readonly RegionIndicatorAssessment[] }[],
  expectedIds: readonly string[],
  weightsIn: Readonly<Record<string, number>>,
  floor: number,
): Ranking {
  const points = statusPoints(method);
  const weights = Object.fromEntries(expectedIds.map((id) => [id, weightsIn[id] ?? 1]));
  const rows: RankingRow[] = byRegion.map(({ region, assessments }) => {
    const expected = assessments.filter((assessment) => !assessment.regionJudging.notJudgedReason);
    let sum = 0;
    let total = 0;
    let judged = 0;
    for (const assessment of expected) {
      if (statusRank(method, assessment.status) === null) continue;
      judged += 1;
      const weight = weights[assessment.indicatorId] ?? 1;
      sum += weight * (points[assessment.status] ?? 0);
      total += weight;
    }
    const coverage = expected.length > 0 ? judged / expected.length : 0;
    const counts = rollUp(expected, { by: 'region' })[0]?.counts ?? {};
    let unranked: RankingRow['unranked'] = null;
    if (expected.length === 0) {
      unranked = { zh: '没有按旗区评估的指标。', en: 'No indicator is judged per district.' };
    } else if (coverage < floor) {
      unranked = {
        zh: `数据不足，不排名：${expected.length}项应评估指标中只有${judged}项可评估（覆盖率${percent(coverage)}，低于${percent(floor)}）。`,
        en: `Too little data to rank: ${judged} of ${expected.length} indicators expected could be judged (coverage ${percent(coverage)}, below ${percent(floor)}).`,
      };
    } else if (total === 0) {
      unranked = {
        zh: '可评估指标的权重均为0，不排名。',
        en: 'Every indicator that could be judged has weight 0: not ranked.',
      };
    }
    return {
      region,
      score: unranked ? null : round(sum / total, 4),
      rank: null,
      judged,
      expected: expected.length,
      missing: expected.length - judged,
      coverage: round(coverage, 4) ?? 0,
      counts,
      unranked,
    };
  });
  const ranked = rows
    .filter((row) => row.score !== null)
    .sort((a, b) => (b.score as number) - (a.score as number));
  ranked.forEach((row, index) => {
    const previous = ranked[index - 1];
    row.rank = previous && previous.score === row.score ? previous.rank : index + 1;
  });
  const equalWeights = Object.values(weights).every((weight) => weight === 1);
  return {
    method: methodText(method, points, floor, equalWeights),
    points,
    weights,
    coverageFloor: floor,
    rows: [...ranked, ...rows.filter((row) => row.score === null)],
  };
}
