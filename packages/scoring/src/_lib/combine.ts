import type { Method } from '../schema/assessInput.js';
import {
  type OpenSdgStatus,
  type SdsnColour,
  type Status,
  sdsnColourLabels,
  statusLabels,
  statusRank,
} from '../statusLabels.js';

/** What combining needs of a result. */
export type Scored = { status: string; score: number | null; colour?: SdsnColour | null };

/** The status a method gives when it cannot tell. */
export const MISSING_STATUS = {
  'time-progress': 'no_data',
  'open-sdg': 'not_available',
  'unsd-2023': 'Not assessed',
  weather: 'not_calculable',
  sdsn: 'trend_unavailable',
} as const satisfies Record<Method, Status>;

/** The open-sdg status of a mean score (sdg-build, for an indicator of several series). */
export function openSdgStatusOfScore(score: number): OpenSdgStatus {
  if (score >= 2.5) return 'substantial_progress';
  if (score >= 0) return 'moderate_progress';
  if (score >= -2.5) return 'limited_progress';
  return 'deterioration';
}

/**
 * The SDR rule for a group's colour from its two worst indicators: green only
 * if both are green, red only if both are red; otherwise the mean of their
 * colour ranks (red 0 … green 3), rounded down, and never red.
 */
export function groupColour(colours: readonly (SdsnColour | null | undefined)[]): SdsnColour {
  const ranks = colours
    .map((colour): number | null => (colour ? sdsnColourLabels[colour].rank : null))
    .filter((rank): rank is number => rank !== null)
    .sort((a, b) => a - b);
  if (ranks.length === 0) return 'grey';
  const worst = ranks[0] as number;
  const second = ranks.length > 1 ? (ranks[1] as number) : worst;
  let rank = Math.floor((worst + second) / 2);
  if (rank === 0 && second !== 0) rank = 1;
  return (['red', 'orange', 'yellow', 'green'] as const)[rank] as SdsnColour;
}

export type Combined = {
  status: Status;
  score: number | null;
  colour: SdsnColour | null;
  rule: 'mean_score' | 'worst_of';
  assessed: number;
};

/**
 * Combines results of one method (the parts of a split indicator, the
 * indicators of a group). open-sdg: the mean score decides the status, and
 * "target achieved" needs every item achieved (sdg-build). The other methods:
 * the worst status of the items that could be assessed (the German strategy's
 * rule for several targets), with the mean score beside it. Items that could
 * not be assessed are left out, never counted as zero.
 */
export function combine(method: Method, items: readonly Scored[]): Combined {
  const scores = items.map((item) => item.score).filter((score): score is number => score !== null);
  const meanScore =
    scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
  const colour = method === 'sdsn' ? groupColour(items.map((item) => item.colour)) : null;
  if (method === 'open-sdg') {
    const allAchieved =
      items.length > 0 && items.every((item) => item.status === 'target_achieved');
    const status: Status =
      meanScore === null
        ? 'not_available'
        : allAchieved
          ? 'target_achieved'
          : openSdgStatusOfScore(meanScore);
    return { status, score: meanScore, colour, rule: 'mean_score', assessed: scores.length };
  }
  let worst: Scored | null = null;
  let worstRank = Number.POSITIVE_INFINITY;
  let assessed = 0;
  for (const item of items) {
    const rank = statusRank(method, item.status);
    if (rank === null) continue;
    assessed++;
    if (rank < worstRank) {
      worstRank = rank;
      worst = item;
    }
  }
  const status = (worst ? worst.status : MISSING_STATUS[method]) as Status;
  return { status, score: meanScore, colour, rule: 'worst_of', assessed };
}

/** The bilingual label of a combined status. */
export function labelOf(method: Method, status: Status): { zh: string; en: string } {
  const entry = (statusLabels[method] as Record<string, { label: { zh: string; en: string } }>)[
    status
  ];
  return entry ? entry.label : { zh: status, en: status };
}
