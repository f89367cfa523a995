import type { RegionScope } from '../../schema/regionScope.js';

/*
 * Region scopes of the Ordos plan's indicators. The plan states none: each
 * entry is our reading of it, and its reason says so. Indicators not listed
 * here keep the default (judged in each 旗区, not additive); the readings we
 * were unsure of are left at the default on purpose.
 */

/** 义务教育优质均衡旗县（市、区）比例: a share of the 旗区 themselves (正文: “56%的旗区（5个）”). */
export const shareOfBanners = {
  judged: 'subject-only',
  reason: {
    zh: '本指标是达到标准的旗区占全市旗区的比例，只对全市整体有意义，不按单个旗区评估。此为我们对规划的解读，规划未作规定。',
    en: 'This indicator is the share of the 旗区 that meet the standard: it describes the city as a whole and is not judged per district. This is our reading; the plan does not say so.',
  },
} as const satisfies RegionScope;

/** Higher-education rows (表二 高等教育): universities and colleges are run above the 旗区. */
export const higherEducation = {
  judged: 'subject-only',
  reason: {
    zh: '高等院校由市或自治区举办，旗区不举办高校，本指标按全市整体衡量，不按单个旗区评估。此为我们对规划的解读，规划未作规定。',
    en: 'Universities and colleges are run by the city or the autonomous region, not by the 旗区: this indicator is judged for the city as a whole, not per district. This is our reading; the plan does not say so.',
  },
} as const satisfies RegionScope;

/** Counts of places (parks, schools, facilities): each stands in one 旗区. */
export const countedWhereItStands = {
  judged: 'each-region',
  additive: true,
  reason: {
    zh: '按所在旗区计数，各旗区数值之和即为全市数值；全市目标是全市总数，不套用到单个旗区。此为我们对规划的解读，规划未作规定。',
    en: 'Counted in the 旗区 where each one stands, so the districts’ values add up to the city’s; the city’s target is a city total and is not applied to a single district. This is our reading; the plan does not say so.',
  },
} as const satisfies RegionScope;

/** 中职在校生规模: students counted at their school's 旗区. */
export const enrolmentWhereTheSchoolStands = {
  judged: 'each-region',
  additive: true,
  reason: {
    zh: '在校生按学校所在旗区计，各旗区之和即为全市在校生规模；全市目标是全市总数，不套用到单个旗区。此为我们对规划的解读，规划未作规定。',
    en: 'Students are counted in the 旗区 of their school, so the districts’ enrolments add up to the city’s; the city’s target is a city total and is not applied to a single district. This is our reading; the plan does not say so.',
  },
} as const satisfies RegionScope;
