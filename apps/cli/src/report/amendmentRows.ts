import type { Indicator, LocalizedText, Plan } from '@plan/indicators';
import { type Amendment, planInForce } from '@plan/plans';
import { printed } from '../assessment/indicatorRows.js';

/** Where an amendment stands on the report's date. */
type AmendmentState = 'in-force' | 'superseded' | 'pending';

/** One amendment of the plan (规划调整) as the report lists it: what it changed, from what, to what. */
export type AmendmentRow = {
  amendment: Amendment;
  /** The indicator as the plan printed it; undefined only for an id the plan lacks (parsePlan refuses those). */
  indicator: Indicator | undefined;
  /** The value the plan printed (target or base), or for a definition the indicator's printed name. */
  original: LocalizedText;
  /** The amended value as the amending document prints it, or the new name and definition. */
  amended: LocalizedText;
  state: AmendmentState;
};

const same = (text: string): LocalizedText => ({ zh: text, en: text });

/** An amended cell as printed: one text, or one text per part of a split row ("中职 59 / 高职 52"). */
function amendedValue(value: string | Record<string, string>, indicator: Indicator | undefined) {
  if (typeof value === 'string') return same(value);
  const label = (part: string, lang: 'zh' | 'en') =>
    indicator?.parts?.find((entry) => entry.id === part)?.label[lang] ?? part;
  // A part's text often carries its Chinese label already (中职58): it is not said twice.
  const joined = (lang: 'zh' | 'en') =>
    Object.entries(value)
      .map(([part, text]) =>
        lang === 'zh' && text.startsWith(label(part, 'zh')) ? text : `${label(part, lang)} ${text}`,
      )
      .join(' / ');
  return { zh: joined('zh'), en: joined('en') };
}

/**
 * The amendments of a plan, in the file's order, each beside the value the
 * plan printed and with its standing on `asOf`: in force, superseded by a
 * later amendment of the same value, or not yet effective (@plan/plans'
 * `planInForce`). Pure; the plan given is the plan as printed.
 */
export function amendmentRows(
  plan: Readonly<Plan>,
  amendments: readonly Amendment[],
  asOf: string,
): AmendmentRow[] {
  if (amendments.length === 0) return [];
  const { applied, superseded } = planInForce(plan, amendments, asOf);
  const stateOf = (amendment: Amendment): AmendmentState =>
    applied.includes(amendment)
      ? 'in-force'
      : superseded.includes(amendment)
        ? 'superseded'
        : 'pending';
  return amendments.map((amendment): AmendmentRow => {
    const indicator = plan.indicators.find((entry) => entry.id === amendment.indicatorId);
    if (amendment.kind === 'definition') {
      const name = amendment.name ?? indicator?.name;
      return {
        amendment,
        indicator,
        original: indicator?.name ?? same(amendment.indicatorId),
        amended: {
          zh: `${name ? `${name.zh}：` : ''}${amendment.definition.zh}`,
          en: `${name ? `${name.en}: ` : ''}${amendment.definition.en}`,
        },
        state: stateOf(amendment),
      };
    }
    return {
      amendment,
      indicator,
      original: same(printed(indicator?.values.subject[amendment.kind])),
      amended: amendedValue(amendment.value, indicator),
      state: stateOf(amendment),
    };
  });
}
