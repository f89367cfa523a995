import type { PlanSummary } from '../../api/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { scopeKind, type TokenScope } from './tokenScope.js';

type Words = {
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  pick: (text: { zh: string; en: string }) => string;
  locale: 'zh' | 'en';
};

/** Names of the plan's regions (or tables) by id, in the reader's language; an unknown id as it is. */
function names(
  ids: readonly string[],
  known: readonly {
    id: string;
    name?: { zh: string; en: string };
    title?: { zh: string; en: string };
  }[],
  words: Words,
) {
  return ids
    .map((id) => {
      const found = known.find((item) => item.id === id);
      const text = found?.name ?? found?.title;
      return text ? words.pick(text) : id;
    })
    .join(words.locale === 'zh' ? '、' : ', ');
}

/** The regions a scope names, in words ("东胜区"); "不限地区" for none. */
export function scopeRegionWords(
  scope: TokenScope | null | undefined,
  plan: PlanSummary,
  words: Words,
) {
  return scope?.regions ? names(scope.regions, plan.regions, words) : words.t('entry.scope.any');
}

/**
 * A token's scope in words: its regions and whether what it writes waits for the city's
 * approval ("东胜区 · 提交后需市级审核"), then any table or indicator limit.
 */
export function scopeWords(scope: TokenScope | null | undefined, plan: PlanSummary, words: Words) {
  const parts = [
    scopeRegionWords(scope, plan, words),
    words.t(
      scopeKind(scope, plan) === 'region'
        ? 'entry.scope.needsApproval'
        : 'entry.scope.countsAtOnce',
    ),
  ];
  if (scope?.tables)
    parts.push(words.t('entry.scope.tables', { tables: names(scope.tables, plan.tables, words) }));
  if (scope?.indicators)
    parts.push(words.t('entry.scope.indicators', { count: scope.indicators.length }));
  return parts.join(' · ');
}
