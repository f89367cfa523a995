import { narrativeSectionLabels } from '@plan/scoring';
import type { Block, Section } from '../reportModel.types.js';
import type { SectionInput } from './sectionInput.js';

/**
 * 成效、问题与下一步: the three written sections, each the author's stored text
 * or, where none was written, the draft generated from the figures, marked
 * 草稿 in its heading and explained once. Undefined for a report without
 * written sections. Paragraphs are the text's own lines.
 */
export function narrativeSection({ report, t }: SectionInput): Section | undefined {
  const narrative = report.document?.narrative;
  if (!narrative || narrative.length === 0) return undefined;
  const { lang } = report;
  const blocks: Block[] = narrative.flatMap(({ section, text, draft }): Block[] => [
    {
      kind: 'heading',
      level: 3,
      text: `${narrativeSectionLabels[section][lang]}${draft ? t.draftMark : ''}`,
    },
    ...text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line): Block => ({ kind: 'paragraph', text: line, prose: true })),
  ]);
  if (narrative.some((each) => each.draft))
    blocks.push({ kind: 'paragraph', text: t.draftNote, muted: true });
  return { id: 'narrative', heading: t.narrativeHeading, blocks };
}
