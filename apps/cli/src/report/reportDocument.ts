import type { NarrativeSection, ReportKind } from '@plan/scoring';

/** One written section of the report: the author's stored text, or the draft made from the figures. */
export type NarrativeText = {
  section: NarrativeSection;
  /** The text as stored (one language, as its author wrote it), or the draft in the report's language. */
  text: string;
  /** Generated from the figures and not yet written over by an author: printed as 草稿 (draft). */
  draft: boolean;
};

/**
 * What makes a report a document to file: its kind and time base (from
 * @plan/scoring's reportTimeBase), the reporting unit for the cover (null when
 * the user named none: the cover says （未填写）, we never make one up), the
 * date of issue and the written sections. A report without it (the tests' and
 * older callers') is titled by its as-of date as before and has no cover lines
 * or written sections.
 */
export type ReportDocument = {
  kind: ReportKind;
  /** `YYYY` for an annual report, else `midterm` or `final`. */
  period: string;
  /** The first day the report covers. */
  from: string;
  /** The time base's title line (2024年度监测, 中期评估（截至2023年12月31日）…): the report's subtitle. */
  label: { zh: string; en: string };
  /** The reporting unit (填报单位) as the user gave it; null when not given. */
  unit: string | null;
  /** The date of issue (报告日期), YYYY-MM-DD: the day the document was written. */
  issued: string;
  /** The three written sections in order; absent when the report has none. */
  narrative?: readonly NarrativeText[];
};
