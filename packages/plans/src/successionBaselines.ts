import type { Indicator, Plan } from '@plan/indicators';
import type { Succession, SuccessionLink } from './succession.js';

/** What the predecessor's record must say of a value for it to be carried over. */
export type RecordedValue = {
  indicatorId: string;
  region: string;
  /** The day the value refers to (YYYY-MM-DD). */
  date: string;
  illustrative: boolean;
};

/** A predecessor's final value taken as the successor's baseline, and where it comes from. */
export type CarriedBaseline<O extends RecordedValue> = {
  /** The successor's indicator it serves as the baseline of. */
  indicatorId: string;
  /** The successor's subject region (the same region as the predecessor's). */
  region: string;
  link: SuccessionLink;
  /** The predecessor's observation, unchanged: its date, value and source stay its own. */
  from: O;
  note: { zh: string; en: string };
};

/** What became of one succession link's baseline. */
export type SuccessionBaselineOutcome =
  | { link: SuccessionLink; outcome: 'carried'; date: string }
  | {
      link: SuccessionLink;
      outcome: 'printed';
      /** The predecessor's final value's date, when it has one: compare the two where they differ. */
      finalDate: string | null;
    }
  | { link: SuccessionLink; outcome: 'no-final-value'; latestDate: string | null }
  | { link: SuccessionLink; outcome: 'not-comparable'; reason: string };

/** The plans on each side of a succession, as far as carrying baselines needs them. */
type PlanSide = Pick<Plan, 'id' | 'title' | 'period' | 'subjectRegion' | 'indicators'>;

/**
 * The 14th plan's final values as the 15th plan's baselines (issue 13, succession).
 *
 * For each link of `succession` whose successor indicator prints no baseline for its
 * subject region (`-`, an absent cell), the predecessor's last official value of the
 * linked indicator in the same region, dated within the predecessor's period
 * (`period.start`-01-01 … `period.end`-12-31), is carried over. The value keeps its own
 * date, value and source: a 2024 figure stays a 2024 figure, and the note says which plan
 * and date it comes from, so nobody reads it as printed in the successor.
 *
 * A printed baseline always wins: the plan text is what its targets were set against.
 * Nothing is carried, and the outcome says why, when the indicators measure different
 * kinds of quantity (a percentage continued as a count), when the plans' subject regions
 * differ, or when the predecessor has no official value within its period (its printed
 * base-year value is not a final value).
 *
 * `observations` are the predecessor's, one value per date already chosen (as
 * `oneValuePerDate` in @plan/observations does); others are ignored.
 */
export function successionBaselines<O extends RecordedValue>(
  successor: PlanSide,
  succession: Succession,
  predecessor: PlanSide,
  observations: readonly O[],
): { carried: CarriedBaseline<O>[]; outcomes: SuccessionBaselineOutcome[] } {
  const carried: CarriedBaseline<O>[] = [];
  const outcomes: SuccessionBaselineOutcome[] = [];
  if (succession.predecessor !== predecessor.id) {
    throw new Error(
      `the succession names "${succession.predecessor}" as the predecessor, not "${predecessor.id}"`,
    );
  }
  const successorIndicators = new Map(successor.indicators.map((i) => [i.id, i]));
  const predecessorIndicators = new Map(predecessor.indicators.map((i) => [i.id, i]));
  const from = `${predecessor.period.start}-01-01`;
  const end = `${predecessor.period.end}-12-31`;
  const region = predecessor.subjectRegion;

  for (const link of succession.links) {
    const next = successorIndicators.get(link.to);
    const previous = predecessorIndicators.get(link.from);
    const refusal = notComparable(next, previous, successor.subjectRegion, region);
    if (refusal !== undefined) {
      outcomes.push({ link, outcome: 'not-comparable', reason: refusal });
      continue;
    }
    const own = observations.filter(
      (observation) =>
        observation.indicatorId === link.from &&
        observation.region === region &&
        !observation.illustrative &&
        observation.date <= end,
    );
    const latest = own.reduce<O | undefined>(
      (best, observation) =>
        best === undefined || observation.date > best.date ? observation : best,
      undefined,
    );
    const final = latest !== undefined && latest.date >= from ? latest : undefined;
    if ((next as Indicator).values.subject.baseline.kind !== 'absent') {
      outcomes.push({ link, outcome: 'printed', finalDate: final?.date ?? null });
      continue;
    }
    if (final === undefined) {
      outcomes.push({ link, outcome: 'no-final-value', latestDate: latest?.date ?? null });
      continue;
    }
    carried.push({
      indicatorId: link.to,
      region: successor.subjectRegion,
      link,
      from: final,
      note: {
        zh: `上一规划（${predecessor.title.zh}）的期末值：指标 ${link.from} 于 ${final.date} 的记录，作为本规划基期值（本规划未列基期值）`,
        en: `The predecessor plan's final value (${predecessor.title.en}): ${link.from} as recorded for ${final.date}, taken as this plan's baseline (this plan prints none)`,
      },
    });
    outcomes.push({ link, outcome: 'carried', date: final.date });
  }
  return { carried, outcomes };
}

/** Why a link's value cannot serve as a baseline; undefined when it can. */
function notComparable(
  next: Indicator | undefined,
  previous: Indicator | undefined,
  successorRegion: string,
  predecessorRegion: string,
): string | undefined {
  if (next === undefined) return 'the successor has no such indicator';
  if (previous === undefined) return 'the predecessor has no such indicator';
  if (successorRegion !== predecessorRegion) {
    return `the plans set targets for different regions (${predecessorRegion}, then ${successorRegion})`;
  }
  if (next.unit.kind !== previous.unit.kind) {
    return `the indicators measure different kinds of quantity (${previous.unit.kind}, then ${next.unit.kind})`;
  }
  return undefined;
}

/** The source name of a value carried over from the predecessor plan (never stored as such). */
export const PREDECESSOR_SOURCE = 'predecessor-plan';

/**
 * Carried baselines as observations of the successor: each the predecessor's observation
 * with the successor's indicator and region, source `predecessor-plan`, an id that names
 * the predecessor and the original, and a note (zh / en) naming the plan, the date and
 * the original source. Date, value and everything else stay the original's. `own` are
 * the successor's observations: where one has the same indicator, region and date, it
 * wins and nothing is carried.
 */
export function carriedObservations<
  O extends RecordedValue & { id: string; source: string; note: string | null },
>(
  carried: readonly CarriedBaseline<O>[],
  predecessorId: string,
  own: readonly RecordedValue[],
): O[] {
  const taken = new Set(own.map((row) => `${row.indicatorId}|${row.region}|${row.date}`));
  return carried
    .filter((entry) => !taken.has(`${entry.indicatorId}|${entry.region}|${entry.from.date}`))
    .map(({ from, indicatorId, region, note }) => ({
      ...from,
      id: `${PREDECESSOR_SOURCE}:${predecessorId}:${from.id}`,
      indicatorId,
      region,
      source: PREDECESSOR_SOURCE,
      note: `${note.zh}（原来源：${from.source}） / ${note.en} (source there: ${from.source})`,
    }));
}
