import type { Lang } from '../_lib/localize.js';

/** The mark beside a figure that comes from illustrative demo data. */
export const ILLUSTRATIVE_MARK = '†';

/** The name of illustrative data in each language; zh is the term the viewer and API use. */
export const ILLUSTRATIVE_NAME = { zh: '示例数据', en: 'illustrative' } as const;

/** What data an assessment rests on, said plainly at the top of every output. */
export function dataBasisText(includeIllustrative: boolean, lang: Lang): string {
  if (lang === 'zh') {
    return includeIllustrative
      ? `数据口径：含示例数据（${ILLUSTRATIVE_MARK} 标记的数值为示例数据，仅供演示，不是官方统计）`
      : '数据口径：仅官方数据（不含示例数据）';
  }
  return includeIllustrative
    ? `Data: includes illustrative demo figures (示例数据; marked ${ILLUSTRATIVE_MARK}), which are not official statistics`
    : 'Data: official figures only (illustrative demo figures excluded)';
}
