import * as z from 'zod';
import { IsoDate } from '../schema/series.js';
import { ScoringInputError } from '../scoringInputError.js';
import { lastDuePeriod } from './reportingPeriods.js';
import {
  ReportingCycle,
  SupervisedItemInput,
  type SupervisionItem,
  type SupervisionReason,
} from './schema.js';
import { trackingStatusLabels } from './statuses.js';

const Options = /* @__PURE__ */ (() =>
  z.object({
    asOf: IsoDate,
    cycle: ReportingCycle,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    graceDays: z.number().int().nonnegative().optional(),
  }))();
/** Options of `supervisionList`. */
export type SupervisionListOptions = z.input<typeof Options>;

const ORDER: Record<SupervisionReason, number> = { overdue: 0, at_risk: 1, not_updated: 2 };

/**
 * The supervision list (督办清单): every item that is overdue, at risk, or not updated within its
 * reporting cycle — no report or figure for the last period due (`lastDuePeriod`: its end plus 30
 * days' grace by default), i.e. its latest update is older than that period's start. Done items are
 * never listed. Each row says why (`reasons`, one or more) and since when: the deadline for overdue,
 * the day the due report was due for not updated, the latest update for at risk. Overdue first,
 * then at risk, then not updated; within each by project and id.
 *
 * @throws ScoringInputError naming what is wrong with the items or options
 */
export function supervisionList(
  items: readonly SupervisedItemInput[],
  options: SupervisionListOptions,
): SupervisionItem[] {
  const parsed = z.array(SupervisedItemInput).safeParse(items);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'items');
  const o = Options.safeParse(options);
  if (!o.success) throw ScoringInputError.fromZod(o.error, 'options');
  const { asOf, cycle, periodStart, periodEnd, graceDays } = o.data;
  const duePeriod = lastDuePeriod(cycle, asOf, {
    periodStart,
    periodEnd,
    ...(graceDays !== undefined ? { graceDays } : {}),
  });
  const rows: SupervisionItem[] = [];
  for (const item of parsed.data) {
    if (item.status === 'done') continue;
    const reasons: SupervisionReason[] = [];
    if (item.status === 'overdue') reasons.push('overdue');
    if (item.status === 'at_risk') reasons.push('at_risk');
    const stale =
      duePeriod !== null &&
      (item.lastUpdate === null || item.lastUpdate.slice(0, 10) < duePeriod.start);
    if (stale) reasons.push('not_updated');
    if (reasons.length === 0) continue;
    const since =
      item.status === 'overdue'
        ? (item.overdueSince ?? item.due)
        : stale
          ? (duePeriod?.dueBy ?? null)
          : item.lastUpdate;
    const why = reasonText(reasons, duePeriod?.id ?? '');
    rows.push({
      id: item.id,
      kind: item.kind,
      projectNumber: item.projectNumber,
      status: item.status,
      reasons,
      since,
      due: item.due,
      leadUnit: item.leadUnit,
      cooperatingUnits: item.cooperatingUnits,
      region: item.region,
      laggingRegions: item.laggingRegions ?? [],
      lastUpdate: item.lastUpdate,
      explanation: {
        zh: `${why.zh}。${item.explanation.zh}`,
        en: `${why.en}. ${item.explanation.en}`,
      },
    });
  }
  return rows.sort(
    (a, b) =>
      ORDER[a.reasons[0] as SupervisionReason] - ORDER[b.reasons[0] as SupervisionReason] ||
      (a.projectNumber ?? Number.MAX_SAFE_INTEGER) - (b.projectNumber ?? Number.MAX_SAFE_INTEGER) ||
      a.id.localeCompare(b.id),
  );
}

function reasonText(reasons: SupervisionReason[], period: string): { zh: string; en: string } {
  const words: Record<SupervisionReason, { zh: string; en: string }> = {
    overdue: trackingStatusLabels.overdue,
    at_risk: trackingStatusLabels.at_risk,
    not_updated: { zh: `${period}未按期报告`, en: `not updated for ${period}` },
  };
  return {
    zh: reasons.map((reason) => words[reason].zh).join('；'),
    en: reasons.map((reason) => words[reason].en).join('; '),
  };
}
