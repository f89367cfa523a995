import { trackingStatusLabels } from '@plan/scoring';
import type { TrackingStatus, Unit } from '../../api/tracking.js';
import { trackingStatuses } from '../../api/tracking.js';
import type { Target } from '../../api/types.js';
import type { StatusIcon } from '../../lib/statuses.js';
import type { ProjectsWordKey } from './projectsWords.js';

// Pure helpers of the projects page's tracking view: roll-ups, owners, what to report.

const icons: Record<TrackingStatus, StatusIcon> = {
  done: 'achieved',
  on_track: 'steady',
  at_risk: 'down',
  overdue: 'regress',
  not_reported: 'unknown',
};

/**
 * How a tracking status shows: @plan/scoring's words and colour (the one vocabulary),
 * and an icon beside them, so it never reads by colour alone.
 */
export const trackingStatusLook: Record<
  TrackingStatus,
  { label: { zh: string; en: string }; colour: string; icon: StatusIcon }
> = Object.fromEntries(
  trackingStatuses.map((status) => {
    const { zh, en, colour } = trackingStatusLabels[status];
    return [status, { label: { zh, en }, colour, icon: icons[status] }];
  }),
) as Record<
  TrackingStatus,
  { label: { zh: string; en: string }; colour: string; icon: StatusIcon }
>;

export type { TrackingRollUp as RollUp } from '@plan/scoring';
/** How many items have each status (every status counted, zero included): @plan/scoring's roll-up. */
export { rollUpTracking as rollUp } from '@plan/scoring';

/** The first `length` characters of a narrative, ending in … when cut. */
export function excerpt(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= length ? flat : `${chars.slice(0, length).join('').trimEnd()}…`;
}

/** Unit names by id in the reader's language; an id the list lacks shows as itself. */
export function ownerNames(
  owner: { lead: string | null; cooperating: readonly string[] } | null | undefined,
  units: ReadonlyMap<string, Unit>,
  locale: 'zh' | 'en',
): { lead: string | null; cooperating: string[] } {
  const name = (id: string) => {
    const unit = units.get(id);
    if (!unit) return id;
    return locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameZh;
  };
  return {
    lead: owner?.lead ? name(owner.lead) : null,
    cooperating: (owner?.cooperating ?? []).map(name),
  };
}

/** A target to be reported per 旗区 (每个旗区…): one figure per district. */
export function isPerDistrict(target: Target): boolean {
  return target.kind === 'per-unit' && target.per.zh.includes('旗区');
}

/** What a not-reported target asks for, in the reader's words (the unit as printed). */
export function whatToReport(
  target: Target,
  indicatorName: string | undefined,
  locale: 'zh' | 'en',
  w: (key: ProjectsWordKey, values?: Record<string, string>) => string,
): string {
  if (target.indicatorId) {
    return w('reportTargetIndicator', { indicator: indicatorName ?? target.indicatorId });
  }
  const unit = target.unit[locale] || target.unit.zh;
  const what =
    target.kind === 'per-unit'
      ? isPerDistrict(target)
        ? w('what.per-district', { unit })
        : w('what.per-unit', { unit, per: target.per[locale] || target.per.zh })
      : w(`what.${target.kind}`, { unit });
  return w('reportTarget', { what, metric: target.metric[locale] || target.metric.zh });
}

/** The date a report was made, as YYYY-MM-DD. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}
