import type { Method } from '../../schema/assessInput.js';
import { type StatusLegendEntry, statusLabels } from '../../statusLabels.js';
import { trackingStatuses } from '../../tracking/statuses.js';

/**
 * Where a status puts an indicator in a narrative: `met` (target achieved), `on_course`
 * (on or ahead of schedule), `lagging` (behind, needs acceleration, or going the wrong way),
 * `unknown` (cannot be judged). Every method's statuses and the tracking statuses.
 */
export type StatusCategory = 'met' | 'on_course' | 'lagging' | 'unknown';

const categories: Record<string, StatusCategory> = {
  // time-progress
  achieved: 'met',
  ahead: 'on_course',
  on_track: 'on_course', // also sdsn's "on track" and tracking's 按计划推进
  behind: 'lagging',
  regressing: 'lagging',
  no_data: 'unknown',
  // open-sdg
  target_achieved: 'met',
  substantial_progress: 'on_course',
  moderate_progress: 'lagging',
  limited_progress: 'lagging',
  deterioration: 'lagging',
  not_available: 'unknown',
  // unsd-2023
  'On track or target met': 'on_course',
  'Fair progress, but acceleration needed': 'lagging',
  'Stagnation or regression': 'lagging',
  'Not assessed': 'unknown',
  // weather: only sun reaches the target; the clouds miss it by 5–20% or more
  sun: 'on_course',
  slightly_cloudy: 'lagging',
  cloudy: 'lagging',
  thunderstorm: 'lagging',
  not_calculable: 'unknown',
  // sdsn: only "on track" reaches the target in time
  moderately_improving: 'lagging',
  stagnating: 'lagging',
  decreasing: 'lagging',
  trend_unavailable: 'unknown',
  // tracking
  done: 'met',
  at_risk: 'lagging',
  overdue: 'lagging',
  not_reported: 'unknown',
};

/** The category of a status, or undefined for a word that is no status. */
export function statusCategoryOf(status: string): StatusCategory | undefined {
  return Object.hasOwn(categories, status) ? categories[status] : undefined;
}

const lookupOrder = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'] as const;

/**
 * A status's label in both languages: from the given method when it has the status, else from
 * the first method (in the order above), then tracking, that has it.
 */
export function statusLabelOf(status: string, method?: Method): { zh: string; en: string } {
  for (const m of method ? [method, ...lookupOrder] : lookupOrder) {
    const entry = (statusLabels[m] as Record<string, StatusLegendEntry>)[status];
    if (entry) return entry.label;
  }
  if ((trackingStatuses as readonly string[]).includes(status)) {
    return statusLabels.tracking[status as (typeof trackingStatuses)[number]].label;
  }
  return { zh: status, en: status };
}
