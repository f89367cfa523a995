// The kinds of report a plan is judged in, and the written sections of each report.
// Words as Chinese plan evaluations use them: 年度监测 (yearly monitoring), 中期评估, 总结评估.

/** Report kinds: yearly monitoring, the mid-term evaluation and the final (summary) evaluation. */
export const reportKinds = ['annual', 'midterm', 'final'] as const;
/** A report kind: `annual` (年度监测), `midterm` (中期评估) or `final` (总结评估). */
export type ReportKind = (typeof reportKinds)[number];

/** Each report kind in both languages. */
export const reportKindLabels: Record<ReportKind, { zh: string; en: string }> = {
  annual: { zh: '年度监测', en: 'Annual monitoring' },
  midterm: { zh: '中期评估', en: 'Mid-term evaluation' },
  final: { zh: '总结评估', en: 'Final evaluation' },
};

/** The written sections of a report, in the order they are printed: 成效, 问题, 下一步. */
export const narrativeSections = ['achievements', 'problems', 'next_steps'] as const;
/** A written section of a report. */
export type NarrativeSection = (typeof narrativeSections)[number];

/** Each written section's heading in both languages. */
export const narrativeSectionLabels: Record<NarrativeSection, { zh: string; en: string }> = {
  achievements: { zh: '主要成效', en: 'Achievements' },
  problems: { zh: '存在问题', en: 'Problems' },
  next_steps: { zh: '下一步工作', en: 'Next steps' },
};
