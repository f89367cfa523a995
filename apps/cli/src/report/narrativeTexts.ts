import {
  draftNarrative,
  type NarrativeSection,
  narrativeSections,
  type ReportKind,
} from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';
import type { IndicatorRow } from '../assessment/indicatorRows.js';
import type { NarrativeText } from './reportDocument.js';

/**
 * The three written sections of a report: each the text an author stored for
 * the report's kind and period, or, where none was stored (or it was emptied),
 * the draft @plan/scoring writes from the indicators' statuses and completion
 * (counts, names and numbers only), marked as a draft.
 */
export function narrativeTexts(input: {
  kind: ReportKind;
  asOf: string;
  lang: Lang;
  rows: readonly IndicatorRow[];
  stored: readonly { section: NarrativeSection; text: string }[];
}): NarrativeText[] {
  const method = input.rows[0]?.primary.method;
  const draft = draftNarrative({
    kind: input.kind,
    asOf: input.asOf,
    ...(method ? { method } : {}),
    indicators: input.rows.map((row) => ({
      name: row.indicator.name,
      status: row.primary.status,
      // A split indicator has no one completion figure.
      completion: row.progress.length === 1 ? (row.progress[0]?.completion ?? null) : null,
    })),
  });
  return narrativeSections.map((section): NarrativeText => {
    const written = input.stored.find((each) => each.section === section)?.text.trim();
    return written
      ? { section, text: written, draft: false }
      : { section, text: draft[section][input.lang], draft: true };
  });
}
