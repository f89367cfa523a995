import type { Block, Section } from './reportModel.types.js';
import type { ReportText } from './reportText.js';
import { shownIn } from './shownIn.js';

/** A section heading without its number: 二、主要指标完成情况 → 主要指标完成情况. */
const unnumbered = (heading: string) =>
  heading.replace(/^(?:[一二三四五六七八九十]+、|\d+\. )/, '');

/**
 * Numbers the tables and figures the documents show, in order through the
 * whole report (表1, 表2 … and 图1, 图2 …), each with its title and the
 * source line of its section. A table's title is the heading just above it
 * (else its section's heading); a figure's is its caption. Tables only in the
 * workbook are left unnumbered. Pure: returns new sections.
 */
export function numberCaptions(
  sections: readonly Section[],
  t: ReportText,
  sourceOf: (section: Section) => string,
): Section[] {
  let tables = 0;
  let figures = 0;
  return sections.map((section) => {
    let title = unnumbered(section.heading);
    const source = t.sourceLine(sourceOf(section));
    const blocks = section.blocks.map((block): Block => {
      if (block.kind === 'heading') title = block.text;
      if (block.kind === 'table' && shownIn(block.table, 'html')) {
        tables += 1;
        return { ...block, caption: { number: t.tableNumber(tables), title, source } };
      }
      if (block.kind === 'figure') {
        figures += 1;
        return { ...block, number: t.figureNumber(figures), source };
      }
      return block;
    });
    return { ...section, blocks };
  });
}
