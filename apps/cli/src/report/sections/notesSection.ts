import type { Block, Section } from '../reportModel.types.js';
import type { SectionInput } from './sectionInput.js';

/** 七、评估说明: how the figures are computed, and the note on demo figures when there are any. */
export function notesSection({ report, t }: SectionInput): Section {
  const blocks: Block[] = [
    { kind: 'list', items: t.notes(report.plan.baselineYear, report.plan.targetYear) },
  ];
  if (report.showsIllustrative) blocks.push({ kind: 'callout', text: t.illustrativeNote });
  return { id: 'notes', heading: t.sections.notes, blocks };
}
