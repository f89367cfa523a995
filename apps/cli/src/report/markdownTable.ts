import { displayWidth, padDisplay } from '../_lib/displayWidth.js';

/**
 * A Markdown table cell: pipes escaped, line breaks flattened, and `<` written
 * as `&lt;`, so text from the database (a unit's narrative, a source's name)
 * is never markup where the file is rendered.
 */
const cell = (text: string) =>
  text
    .replaceAll('|', '\\|')
    .replaceAll('<', '&lt;')
    .replace(/\s*\n\s*/g, ' ');

/**
 * A GitHub table with its columns padded to one width (Chinese counted
 * double), so the raw file reads as a table too and Biome leaves it as it is.
 * `right` lists the columns aligned right (numbers).
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const all = [header, ...rows].map((row) => row.map(cell));
  const widths = header.map((_, index) =>
    Math.max(3, ...all.map((row) => displayWidth(row[index] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    `| ${row
      .map((text, index) =>
        padDisplay(text, widths[index] ?? 3, right.includes(index) ? 'right' : 'left'),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, index) =>
      right.includes(index) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}
