import { rollUpTracking, type StatusLegendEntry, statusLabels } from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';
import type { Owner, SupervisionReason, TrackingStatus, UnitName } from './planTracking.types.js';

/**
 * The status words of targets and measures (COORD15 §1), zh first, with the
 * colour a chip shows: @plan/scoring's, so the report, the API and the viewer say the same.
 */
export const TRACKING_STATUS_LABELS: Record<TrackingStatus, StatusLegendEntry> =
  statusLabels.tracking;

export const REASON_LABELS: Record<SupervisionReason, { zh: string; en: string }> = {
  overdue: { zh: '逾期未完成', en: 'overdue' },
  at_risk: { zh: '存在风险', en: 'at risk' },
  not_updated: { zh: '本周期未报送', en: 'not updated this cycle' },
};

/** Said where the bureau has set no unit: the plan names none, and we never invent one. */
export const UNASSIGNED = { zh: '未指定', en: 'Not assigned' } as const;

/** A unit's name in the language, its id when the store does not know it. */
export function unitName(id: string, units: readonly UnitName[], lang: Lang): string {
  const unit = units.find((candidate) => candidate.id === id);
  if (!unit) return id;
  return lang === 'en' && unit.nameEn ? unit.nameEn : unit.nameZh;
}

const OWNER_WORDS = {
  zh: { lead: '牵头', cooperating: '配合', list: '、', sep: '；', colon: '：' },
  en: { lead: 'Lead', cooperating: 'with', list: ', ', sep: '; ', colon: ': ' },
} as const;

/** "牵头：市教育体育局；配合：市财政局、市体育局", or 未指定 where no lead unit is set. */
export function ownerText(owner: Owner | null, units: readonly UnitName[], lang: Lang): string {
  const words = OWNER_WORDS[lang];
  if (!owner || (owner.lead === null && owner.cooperating.length === 0)) return UNASSIGNED[lang];
  const lead = owner.lead === null ? UNASSIGNED[lang] : unitName(owner.lead, units, lang);
  const cooperating = owner.cooperating.map((id) => unitName(id, units, lang)).join(words.list);
  return `${words.lead}${words.colon}${lead}${cooperating ? `${words.sep}${words.cooperating}${words.colon}${cooperating}` : ''}`;
}

/** How many items have each status, and all of them (@plan/scoring's roll-up). */
export const countStatuses = rollUpTracking;
