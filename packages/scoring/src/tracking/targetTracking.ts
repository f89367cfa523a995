import { differenceInCalendarDays, parseISO } from 'date-fns';
import * as z from 'zod';
import { fmt, round } from '../_lib/numbers.js';
import { projectPoints } from '../_lib/projection.js';
import { CMP, DEFAULT_ABOUT_SHARE, describeTarget, meets } from '../_lib/target.js';
import { isoDecimalYearCached, yearEndIso } from '../_lib/time.js';
import { milestoneStatus } from '../milestoneStatus.js';
import { IsoDate } from '../schema/series.js';
import { ScoringInputError } from '../scoringInputError.js';
import { TargetFigure, type TargetTracking, TrackableTarget } from './schema.js';
import type { TrackingStatus } from './statuses.js';

// Built in a pure call, so a bundler can drop it when `targetTracking` is not used.
const Options = /* @__PURE__ */ (() =>
  z.object({
    asOf: IsoDate,
    periodStart: IsoDate.describe("The plan's first day: cumulative targets count from zero there"),
    regions: z
      .array(z.string().min(1))
      .optional()
      .describe('The districts (旗区) a per-旗区 target is judged in'),
    basis: z.enum(['indicator', 'own-figures']).default('own-figures'),
    includeUnapproved: z
      .boolean()
      .default(false)
      .describe('Count figures awaiting review (approved: false) too'),
  }))();
/** Options of `targetTracking`. */
export type TargetTrackingOptions = z.input<typeof Options>;

type Text = { zh: string; en: string };
type Parsed = z.infer<typeof TrackableTarget>;
type Figure = { date: string; value: number; region: string; t: number };

/** Whether a per-unit target is one figure per district: its unit says 每个旗区 (each banner/district). */
export function isPerDistrict(target: { kind: string; per?: unknown }): boolean {
  return (
    target.kind === 'per-unit' &&
    typeof target.per === 'object' &&
    target.per !== null &&
    String((target.per as { zh?: unknown }).zh ?? '').includes('每个旗区')
  );
}

/** The share of the aim reached, 0..1: value/aim upwards, aim/value downwards (no baseline here). */
function shareReached(value: number, aim: number, d: number): number | null {
  const share =
    d > 0 ? (aim > 0 ? value / aim : null) : value > 0 ? aim / value : aim >= 0 ? 1 : null;
  return share === null || !Number.isFinite(share) ? null : Math.min(1, Math.max(0, share));
}

/**
 * Where one quantified target stands on an as-of date, in the one tracking vocabulary, from its
 * figures (`TargetFigure`, in the target's printed unit; figures after `asOf` and, unless
 * `includeUnapproved`, figures awaiting review are left out). By kind:
 *
 * - level (and per-unit not per 旗区, whose figure is the least unit's value): `milestoneStatus`
 *   on the figures — met → done; past the deadline → overdue; else at_risk when the least-squares
 *   trend misses the target at the deadline, on_track otherwise.
 * - cumulative: the figures are done-so-far, counted from zero at `periodStart`; the linear trend
 *   through that zero and the figures is carried to the deadline → at_risk when it falls short.
 * - per-unit per 旗区 (每个旗区): each district's latest figure, done when every district in
 *   `regions` meets it; `byRegion` lists them (null where a district has not reported).
 * - pace: each figure is a year's change, signed (a fall is negative); judged year by year
 *   (`byYear`) and on the mean change ("平均每年"): at_risk while the mean misses the pace.
 *
 * No figure: not_reported, or overdue once the deadline has passed (nothing shows it was met).
 * Aspirational targets (力争) are judged the same way and flagged (`aspirational`).
 *
 * @throws ScoringInputError naming what is wrong with the target, figures or options
 * @example
 *   targetTracking(
 *     { id: 'T-P09-M2-1', kind: 'cumulative', comparator: 'eq', value: 68, deadline: { year: 2025 } },
 *     [{ date: '2023-12-31', value: 41, region: 'ordos' }],
 *     { asOf: '2024-06-30', periodStart: '2021-01-01' },
 *   ).status; // 'on_track': 41 in three years, 68.3 by the end of 2025 on that line
 */
export function targetTracking(
  target: TrackableTarget,
  figures: readonly TargetFigure[],
  options: TargetTrackingOptions,
): TargetTracking {
  const parsedTarget = TrackableTarget.safeParse(target);
  if (!parsedTarget.success) throw ScoringInputError.fromZod(parsedTarget.error, 'target');
  const parsedFigures = z.array(TargetFigure).safeParse(figures);
  if (!parsedFigures.success) throw ScoringInputError.fromZod(parsedFigures.error, 'figures');
  const parsedOptions = Options.safeParse(options);
  if (!parsedOptions.success) throw ScoringInputError.fromZod(parsedOptions.error, 'options');
  const t = parsedTarget.data;
  const o = parsedOptions.data;

  const asOf = o.asOf.slice(0, 10);
  const due = t.deadline.date ?? yearEndIso(t.deadline.year);
  const daysToDeadline = differenceInCalendarDays(parseISO(due), parseISO(asOf));
  const past = daysToDeadline < 0;
  const seen: Figure[] = parsedFigures.data
    .filter((f) => f.date.slice(0, 10) <= asOf && (o.includeUnapproved || f.approved !== false))
    .map((f) => ({
      date: f.date.slice(0, 10),
      value: f.value,
      region: f.region,
      t: isoDecimalYearCached(f.date.slice(0, 10)),
    }))
    .sort((a, b) => a.t - b.t);
  const base = {
    targetId: t.id,
    kind: t.kind,
    aspirational: t.aspirational ?? false,
    due,
    daysToDeadline,
    basis: o.basis,
  };
  const unit = t.unit ? t.unit : { zh: '', en: '' };
  const judged = judge(t, seen, { ...o, asOf, due, daysToDeadline, past, unit });
  const flag = base.aspirational
    ? { zh: '（力争目标，按同一标准判断）', en: ' (Aspirational: judged all the same.)' }
    : { zh: '', en: '' };
  return {
    ...base,
    ...judged,
    explanation: {
      zh: `${judged.explanation.zh}${flag.zh}`,
      en: `${judged.explanation.en}${flag.en}`,
    },
  };
}

type Context = {
  asOf: string;
  periodStart: string;
  regions?: string[] | undefined;
  due: string;
  daysToDeadline: number;
  past: boolean;
  unit: Text;
};
type Judged = Pick<
  TargetTracking,
  'status' | 'latest' | 'progress' | 'projectedAtDeadline' | 'byRegion' | 'byYear' | 'explanation'
>;

function judge(t: Parsed, seen: Figure[], c: Context): Judged {
  const d = t.direction
    ? t.direction === 'increase'
      ? 1
      : -1
    : t.kind === 'pace'
      ? t.change === 'decrease'
        ? -1
        : 1
      : t.comparator === 'lte' || t.comparator === 'lt'
        ? -1
        : 1;
  const cmp = CMP[t.comparator];
  const top = t.upper ?? t.value;
  const tolerance = Math.abs(t.value) * DEFAULT_ABOUT_SHARE;
  const rule = describeTarget(cmp, t.value, top, tolerance, t.kind === 'pace' ? 1 : d);
  const wanted = { zh: `${rule}${c.unit.zh}`, en: `${rule} ${c.unit.en}`.trim() };
  const isMet = (value: number) => meets(value, cmp, t.value, top, tolerance, d);
  const latestFigure = seen[seen.length - 1];
  const latest = latestFigure
    ? { date: latestFigure.date, value: latestFigure.value, region: latestFigure.region }
    : null;

  if (t.kind === 'per-unit' && isPerDistrict(t) && c.regions && c.regions.length > 0) {
    return perDistrict(seen, c, isMet, wanted, latest);
  }
  if (t.kind === 'pace') return pace(t, seen, c, d, cmp, top, tolerance, wanted);
  if (!latestFigure) return noFigure(c, wanted);
  if (t.kind === 'cumulative') return cumulative(t, seen, c, d, isMet, wanted, latestFigure);

  // level, and per-unit judged on one city figure (the least unit's value).
  const assessment = milestoneStatus(
    {
      id: t.id,
      comparator: t.comparator,
      value: t.value,
      ...(t.upper !== undefined ? { upper: t.upper } : {}),
      deadline: { year: t.deadline.year, date: c.due },
      direction: d > 0 ? 'increase' : 'decrease',
    },
    seen.map((f) => ({ date: f.date, value: f.value })),
    { asOf: c.asOf },
  );
  let status: TrackingStatus;
  if (assessment.status === 'met') status = 'done';
  else if (assessment.status === 'overdue') status = 'overdue';
  else status = assessment.onPace === false ? 'at_risk' : 'on_track';
  const least =
    t.kind === 'per-unit'
      ? { zh: '（按最低单位的数值判断）', en: ' (Judged on the least unit’s value.)' }
      : { zh: '', en: '' };
  return {
    status,
    latest,
    progress: status === 'done' ? 1 : shareReached(latestFigure.value, aimOf(t, d), d),
    projectedAtDeadline: assessment.projectedAtDeadline,
    explanation: {
      zh: `${assessment.explanation.zh}${least.zh}`,
      en: `${assessment.explanation.en}${least.en}`,
    },
  };
}

/** The value aimed at: the nearer end of a band from the desired side. */
function aimOf(t: Parsed, d: number): number {
  return t.comparator === 'between' && d < 0 ? (t.upper ?? t.value) : t.value;
}

function noFigure(c: Context, wanted: Text): Judged {
  return {
    status: c.past ? 'overdue' : 'not_reported',
    latest: null,
    progress: null,
    projectedAtDeadline: null,
    explanation: c.past
      ? {
          zh: `期限${c.due}已过${-c.daysToDeadline}天，没有报告数据，无法证明已完成目标${wanted.zh}。`,
          en: `The deadline ${c.due} passed ${-c.daysToDeadline} days ago and no figure was reported to show the target ${wanted.en} met.`,
        }
      : {
          zh: `截至${c.asOf}没有报告数据，期限${c.due}，目标${wanted.zh}。`,
          en: `No figure reported by ${c.asOf}; target ${wanted.en} by ${c.due}.`,
        },
  };
}

function cumulative(
  t: Parsed,
  seen: Figure[],
  c: Context,
  d: number,
  isMet: (value: number) => boolean,
  wanted: Text,
  last: Figure,
): Judged {
  const start = isoDecimalYearCached(c.periodStart.slice(0, 10));
  const points = [{ t: start, value: 0 }, ...seen.filter((f) => f.t > start)];
  const projection = projectPoints(
    points.map((p) => p.t),
    points.map((p) => p.value),
    points.length,
    isoDecimalYearCached(c.due),
    aimOf(t, d),
    d,
  );
  const projected = projection.leastSquares?.valueAtTarget ?? null;
  const met = isMet(last.value);
  let status: TrackingStatus;
  if (met) status = 'done';
  else if (c.past) status = 'overdue';
  else status = projected !== null && !isMet(projected) ? 'at_risk' : 'on_track';
  const so = {
    zh: `截至${last.date}累计完成${fmt(last.value)}${c.unit.zh}`,
    en: `${fmt(last.value)} ${c.unit.en} done by ${last.date}`.replace('  ', ' '),
  };
  const trend =
    projected === null
      ? { zh: '', en: '' }
      : {
          zh: `按自${c.periodStart.slice(0, 10)}起的线性趋势，到期约${fmt(round(projected, 2))}${c.unit.zh}。`,
          en: ` On the linear trend since ${c.periodStart.slice(0, 10)}, about ${fmt(round(projected, 2))} by the deadline.`,
        };
  const verdict: Record<TrackingStatus, Text> = {
    done: { zh: '已完成目标', en: 'the target is met' },
    overdue: {
      zh: `期限${c.due}已过，未完成目标`,
      en: `the deadline ${c.due} has passed and the target is not met`,
    },
    at_risk: {
      zh: '按现有进度到期难以完成目标',
      en: 'at the present pace the target would be missed',
    },
    on_track: { zh: '按现有进度可按期完成目标', en: 'at the present pace the target would be met' },
    not_reported: { zh: '', en: '' },
  };
  return {
    status,
    latest: { date: last.date, value: last.value, region: last.region },
    progress: met ? 1 : shareReached(last.value, aimOf(t, d), d),
    projectedAtDeadline: projected,
    explanation: {
      zh: `${so.zh}，${verdict[status].zh}${wanted.zh}。${trend.zh}`,
      en: `${so.en}: ${verdict[status].en} (${wanted.en}).${trend.en}`,
    },
  };
}

function perDistrict(
  seen: Figure[],
  c: Context,
  isMet: (value: number) => boolean,
  wanted: Text,
  latest: TargetTracking['latest'],
): Judged {
  const regions = c.regions as string[];
  const lastByRegion = new Map<string, Figure>();
  for (const figure of seen) lastByRegion.set(figure.region, figure);
  const byRegion = regions.map((region) => {
    const figure = lastByRegion.get(region);
    return figure
      ? { region, value: figure.value, met: isMet(figure.value) }
      : { region, value: null, met: null };
  });
  const metCount = byRegion.filter((row) => row.met === true).length;
  const reported = byRegion.filter((row) => row.value !== null).length;
  const n = regions.length;
  let status: TrackingStatus;
  if (metCount === n) status = 'done';
  else if (c.past) status = 'overdue';
  else status = reported === 0 ? 'not_reported' : 'on_track';
  return {
    status,
    latest: reported === 0 ? null : latest,
    progress: metCount / n,
    projectedAtDeadline: null,
    byRegion,
    explanation: {
      zh: `每个旗区${wanted.zh}：${n}个旗区中${metCount}个已达到，${n - reported}个未报告；期限${c.due}${c.past && status !== 'done' ? '已过' : ''}。`,
      en: `Each district ${wanted.en}: ${metCount} of ${n} districts meet it, ${n - reported} have not reported; deadline ${c.due}${c.past && status !== 'done' ? ' (passed)' : ''}.`,
    },
  };
}

function pace(
  t: Parsed,
  seen: Figure[],
  c: Context,
  d: number,
  cmp: number,
  top: number,
  tolerance: number,
  wanted: Text,
): Judged {
  // A year's change in the desired direction meets the pace (comparator on its size).
  const meetsPace = (change: number) => meets(d * change, cmp, t.value, top, tolerance, 1);
  const byYearValue = new Map<number, Figure>();
  for (const figure of seen) byYearValue.set(Number(figure.date.slice(0, 4)), figure);
  const firstYear = Number(c.periodStart.slice(0, 4));
  const lastYear = Math.min(t.deadline.year, Number(c.asOf.slice(0, 4)));
  const byYear: NonNullable<TargetTracking['byYear']> = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const figure = byYearValue.get(year);
    // A year not yet over and not reported is not due.
    if (!figure && yearEndIso(year) > c.asOf) continue;
    byYear.push(
      figure
        ? { year, value: figure.value, met: meetsPace(figure.value) }
        : { year, value: null, met: null },
    );
  }
  const reported = byYear.filter((row) => row.value !== null) as {
    year: number;
    value: number;
    met: boolean;
  }[];
  const way = d < 0 ? { zh: '下降', en: 'fall' } : { zh: '上升', en: 'rise' };
  const paceText = { zh: `每年${way.zh}${wanted.zh}`, en: `a yearly ${way.en} of ${wanted.en}` };
  if (reported.length === 0) {
    const none = noFigure(c, paceText);
    return { ...none, byYear };
  }
  const mean = reported.reduce((sum, row) => sum + row.value, 0) / reported.length;
  const meanMeets = meetsPace(mean);
  let status: TrackingStatus;
  if (c.past) status = meanMeets ? 'done' : 'overdue';
  else status = meanMeets ? 'on_track' : 'at_risk';
  const last = seen
    .filter((f) => byYearValue.get(Number(f.date.slice(0, 4))) === f)
    .pop() as Figure;
  const metYears = reported.filter((row) => row.met).length;
  const years = reported.map((row) => `${row.year}: ${fmt(round(row.value, 2))}`).join('; ');
  return {
    status,
    latest: { date: last.date, value: last.value, region: last.region },
    progress: metYears / reported.length,
    projectedAtDeadline: null,
    byYear,
    explanation: {
      zh: `目标${paceText.zh}；已报告${reported.length}年（${years}），${metYears}年达到，年均变化${fmt(round(mean, 2))}${c.unit.zh}，${meanMeets ? '达到' : '未达到'}要求的幅度${c.past ? `（期限${c.due}已过）` : ''}。`,
      en: `Target: ${paceText.en}; ${reported.length} years reported (${years}), ${metYears} meet it; the mean yearly change ${fmt(round(mean, 2))} ${meanMeets ? 'meets' : 'falls short of'} the pace${c.past ? ` (deadline ${c.due} passed)` : ''}.`,
    },
  };
}
