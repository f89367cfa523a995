import { differenceInCalendarDays, parseISO } from 'date-fns';
import * as z from 'zod';
import { fmt } from './_lib/numbers.js';
import { projectPoints } from './_lib/projection.js';
import { CMP, describeTarget, meets } from './_lib/target.js';
import { isoDecimalYearCached, yearEndIso } from './_lib/time.js';
import { type MilestoneAssessment, MilestoneTarget } from './schema/milestone.js';
import { IsoDate, SeriesPoint } from './schema/series.js';
import { ScoringInputError } from './scoringInputError.js';
import { type MilestoneStatus, milestoneStatusLabels } from './statusLabels.js';

// Built in a pure call, so a bundler can drop it when `milestoneStatus` is not used.
const Options = /* @__PURE__ */ (() =>
  z.object({
    asOf: IsoDate,
    dueSoonDays: z
      .number()
      .int()
      .nonnegative()
      .default(90)
      .describe('How close a deadline counts as due soon'),
  }))();
/** Options of `milestoneStatus`: `asOf` (ISO date) and `dueSoonDays` (default 90). */
export type MilestoneStatusOptions = z.input<typeof Options>;

/**
 * Where a milestone (a dated target of @plan/projects) stands on an as-of
 * date, from the values observed for it: `met` (the latest value meets the
 * target), `overdue` (deadline passed, not met), `due_soon` (within
 * `dueSoonDays`, 90 by default), `on_track` (not yet due), `no_data` (no value
 * on or before `asOf`). Beside the status: days to the deadline, when the
 * target was first met (and whether late), and whether the least-squares
 * trend would meet it by the deadline.
 *
 * @throws ScoringInputError naming what is wrong with the milestone, values or options
 * @example
 *   milestoneStatus(
 *     { id: 'new-schools', comparator: 'gte', value: 3, deadline: { year: 2024 } },
 *     [{ year: 2022, value: 1 }, { year: 2023, value: 2 }],
 *     { asOf: '2024-11-15' },
 *   ).status; // 'due_soon': 46 days to 2024-12-31, 2 of 3
 */
export function milestoneStatus(
  milestone: MilestoneTarget,
  values: readonly SeriesPoint[],
  options: MilestoneStatusOptions,
): MilestoneAssessment {
  const target = MilestoneTarget.safeParse(milestone);
  if (!target.success) throw ScoringInputError.fromZod(target.error, 'milestone');
  const points = z.array(SeriesPoint).safeParse(values);
  if (!points.success) throw ScoringInputError.fromZod(points.error, 'values');
  const opts = Options.safeParse(options);
  if (!opts.success) throw ScoringInputError.fromZod(opts.error, 'options');
  const { id, comparator, value, upper, deadline } = target.data;
  const { asOf, dueSoonDays } = opts.data;
  const d = target.data.direction
    ? target.data.direction === 'increase'
      ? 1
      : -1
    : comparator === 'lte' || comparator === 'lt'
      ? -1
      : 1;
  const cmp = CMP[comparator];
  const top = upper ?? value;
  const tolerance = Math.abs(value) * 0.05;
  const deadlineIso = deadline.date ?? yearEndIso(deadline.year);
  const deadlineT = isoDecimalYearCached(deadlineIso);
  const daysToDeadline = differenceInCalendarDays(parseISO(deadlineIso), parseISO(asOf));
  const asOfT = isoDecimalYearCached(asOf);

  const seen = points.data
    .map((point) => ({
      time: point.year !== undefined ? String(point.year) : (point.date as string),
      t: point.year !== undefined ? point.year : isoDecimalYearCached(point.date as string),
      value: point.value,
    }))
    .filter((point) => point.t <= asOfT)
    .sort((a, b) => a.t - b.t);
  const latest = seen[seen.length - 1];
  const first = seen.find((point) => meets(point.value, cmp, value, top, tolerance, d));
  const met = latest ? meets(latest.value, cmp, value, top, tolerance, d) : false;
  let projectedAtDeadline: number | null = null;
  if (seen.length >= 2) {
    projectedAtDeadline =
      projectPoints(
        seen.map((point) => point.t),
        seen.map((point) => point.value),
        seen.length,
        deadlineT,
        value,
        d,
      ).leastSquares?.valueAtTarget ?? null;
  }
  const onPace =
    projectedAtDeadline === null ? null : meets(projectedAtDeadline, cmp, value, top, tolerance, d);

  let status: MilestoneStatus;
  if (!latest) status = 'no_data';
  else if (met) status = 'met';
  else if (daysToDeadline < 0) status = 'overdue';
  else if (daysToDeadline <= dueSoonDays) status = 'due_soon';
  else status = 'on_track';

  const targetText = describeTarget(cmp, value, top, tolerance, d);
  const now = latest ? `${latest.time}：${fmt(latest.value)}` : '';
  const nowEn = latest ? `${fmt(latest.value)} (${latest.time})` : '';
  const pace =
    onPace === null
      ? { zh: '', en: '' }
      : onPace
        ? {
            zh: '按现有趋势可按期完成。',
            en: ' At the present trend it would be met by the deadline.',
          }
        : {
            zh: '按现有趋势到期难以完成。',
            en: ' At the present trend it would not be met by the deadline.',
          };
  const explanations: Record<MilestoneStatus, { zh: string; en: string }> = {
    no_data: {
      zh: `截至${asOf}没有数据，期限${deadlineIso}。`,
      en: `No value on or before ${asOf}; the deadline is ${deadlineIso}.`,
    },
    met: {
      zh: `最新值（${now}）已满足目标${targetText}${first && first.t > deadlineT ? '，但晚于期限' : ''}。`,
      en: `The latest value ${nowEn} meets the target ${targetText}${first && first.t > deadlineT ? ', later than the deadline' : ''}.`,
    },
    overdue: {
      zh: `期限${deadlineIso}已过${-daysToDeadline}天，最新值（${now}）未满足目标${targetText}。`,
      en: `The deadline ${deadlineIso} passed ${-daysToDeadline} days ago and the latest value ${nowEn} does not meet the target ${targetText}.`,
    },
    due_soon: {
      zh: `距期限${deadlineIso}还有${daysToDeadline}天，最新值（${now}）尚未满足目标${targetText}。${pace.zh}`,
      en: `${daysToDeadline} days to the deadline ${deadlineIso}; the latest value ${nowEn} does not yet meet the target ${targetText}.${pace.en}`,
    },
    on_track: {
      zh: `距期限${deadlineIso}还有${daysToDeadline}天，最新值（${now}），目标${targetText}。${pace.zh}`,
      en: `${daysToDeadline} days to the deadline ${deadlineIso}; latest value ${nowEn}, target ${targetText}.${pace.en}`,
    },
  };

  return {
    milestoneId: id,
    status,
    label: milestoneStatusLabels[status].label,
    deadline: deadlineIso,
    deadlineInferred: deadline.date === undefined || deadline.inferred === true,
    asOf,
    daysToDeadline,
    latest: latest ? { time: latest.time, value: latest.value } : null,
    firstMet: first ? first.time : null,
    metLate: first ? first.t > deadlineT : null,
    projectedAtDeadline,
    onPace,
    explanation: explanations[status],
  };
}
