import type { AmendmentInput } from '../amendment.js';

/**
 * Amendments invented for tests: no such documents exist, and the Ordos plan
 * was never amended so in any text we hold. Every title says it is a fixture.
 */
export const inventedDocument = {
  title: '测试用规划调整文件（虚构）',
  number: '测试〔2023〕1号',
  date: '2023-06-01',
} as const;

export const raiseMyopiaTarget = {
  id: 'raise-myopia-target',
  indicatorId: 'student-myopia-rate',
  kind: 'target',
  value: '≤55',
  effectiveDate: '2023-07-01',
  reason: { zh: '测试用理由（虚构）', en: 'A reason invented for tests' },
  decidedBy: inventedDocument,
} as const satisfies AmendmentInput;

export const reviseMyopiaTargetAgain = {
  ...raiseMyopiaTarget,
  id: 'revise-myopia-target-again',
  value: '54',
  effectiveDate: '2024-07-01',
} as const satisfies AmendmentInput;

export const reviseRatioBaseline = {
  id: 'revise-ratio-baseline',
  indicatorId: 'vocational-general-ratio',
  kind: 'baseline',
  value: '36：64',
  effectiveDate: '2022-01-01',
  reason: '测试用理由（虚构）',
  decidedBy: { title: inventedDocument.title },
} as const satisfies AmendmentInput;

export const splitTeachersTarget = {
  id: 'split-teachers-target',
  indicatorId: 'dual-qualified-teachers-share',
  kind: 'target',
  value: { secondary: '中职62', higher: '高职65' },
  effectiveDate: '2023-07-01',
  reason: '测试用理由（虚构）',
  decidedBy: inventedDocument,
} as const satisfies AmendmentInput;

export const redefineFitness = {
  id: 'redefine-fitness',
  indicatorId: 'student-fitness-pass-rate',
  kind: 'definition',
  definition: { zh: '测试用口径（虚构）', en: 'A definition invented for tests' },
  name: { zh: '测试用名称（虚构）', en: 'A name invented for tests' },
  effectiveDate: '2024-01-01',
  reason: '测试用理由（虚构）',
  decidedBy: inventedDocument,
} as const satisfies AmendmentInput;
