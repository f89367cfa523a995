import type { Location } from '../schema/location.js';
import type { Heading, Outline } from '../schema/outline.js';

/** The first and last line of a 专栏 and of each of its measures. */
export type BoxSpan = {
  box: number;
  start: number;
  end: number;
  measures: ReadonlyArray<{ id: string; start: number; end: number }>;
};

function lastAtOrBefore<T extends Pick<Heading, 'line'>>(
  headings: readonly T[],
  line: number,
): T | undefined {
  let found: T | undefined;
  for (const heading of headings) {
    if (heading.line <= line) found = heading;
    else break;
  }
  return found;
}

/**
 * Where a line of the plan text sits: the chapter, section and subsection
 * whose headings come last before it, and the 专栏 and measure whose lines
 * include it. Lines of 附表1 and after are located in table "annex-1".
 */
export function locateLine(
  line: number,
  outline: Outline,
  boxes: readonly BoxSpan[] = [],
): Location {
  if (line >= outline.annexLine) return { table: 'annex-1', line };
  const chapter = lastAtOrBefore(outline.chapters, line);
  const section = chapter ? lastAtOrBefore(chapter.sections, line) : undefined;
  const subsection = section ? lastAtOrBefore(section.subsections, line) : undefined;
  const box = boxes.find((span) => span.start <= line && line <= span.end);
  const measure = box?.measures.find((span) => span.start <= line && line <= span.end);
  return {
    ...(chapter ? { chapter: chapter.number } : {}),
    ...(section ? { section: section.number } : {}),
    ...(subsection ? { subsection: subsection.number } : {}),
    ...(box ? { box: box.box } : {}),
    ...(measure ? { measure: measure.id } : {}),
    line,
  };
}
