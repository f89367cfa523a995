/**
 * Reads the 专栏 boxes and 附表1 out of the plan text, independently of the
 * typed data, so tests can compare the two paragraph by paragraph.
 *
 * A box starts at a line `\t专栏N  title` and ends at the first run of two
 * blank lines after its first paragraph. Each non-blank line starts a
 * paragraph, unless the line before it does not end a sentence (。；！): the
 * plan breaks one paragraph mid-sentence (专栏4 (4), lines 663–664).
 */
export type SeedParagraph = {
  /** The printed number, e.g. "（3）", or null. */
  number: string | null;
  /** The paragraph without its number, trimmed, lines joined without the break. */
  text: string;
  start: number;
  end: number;
};

export type SeedBox = {
  number: number;
  /** The heading as printed, trimmed: "专栏1  铸牢中华民族共同体意识教育工程". */
  printed: string;
  title: string;
  line: number;
  paragraphs: SeedParagraph[];
};

export type SeedAnnexRow = { number: number; name: string; line: number };

const BOX_HEADING = /^\t(专栏(\d+)\s+(.*?))\s*$/;
const SENTENCE_END = /[。；！]$/;

export function readSeedBoxes(text: string): SeedBox[] {
  const lines = text.split('\n');
  const boxes: SeedBox[] = [];
  for (let index = 0; index < lines.length; index++) {
    const heading = BOX_HEADING.exec(lines[index] ?? '');
    if (!heading) continue;
    const paragraphs: Array<{ raw: string; start: number; end: number }> = [];
    let blanks = 0;
    let next = index + 1;
    for (; next < lines.length; next++) {
      const line = (lines[next] ?? '').trim();
      if (line === '') {
        blanks++;
        if (blanks >= 2 && paragraphs.length > 0) break;
        continue;
      }
      blanks = 0;
      const last = paragraphs.at(-1);
      if (last && !SENTENCE_END.test(last.raw)) {
        last.raw += line;
        last.end = next + 1;
      } else {
        paragraphs.push({ raw: line, start: next + 1, end: next + 1 });
      }
    }
    boxes.push({
      number: Number(heading[2]),
      printed: heading[1] ?? '',
      title: heading[3] ?? '',
      line: index + 1,
      paragraphs: paragraphs.map(({ raw, start, end }) => {
        const number = /^（\d+）/.exec(raw)?.[0] ?? null;
        return { number, text: number ? raw.slice(number.length) : raw, start, end };
      }),
    });
    index = next;
  }
  return boxes;
}

/** The rows of 附表1: a line holding only the number, the name on the next line (untrimmed). */
export function readSeedAnnex(text: string): SeedAnnexRow[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('附表1'));
  if (start === -1) throw new Error('附表1 not found in the plan text');
  const rows: SeedAnnexRow[] = [];
  for (let index = start + 1; index < lines.length - 1; index++) {
    const number = /^\t(\d+)$/.exec(lines[index] ?? '');
    if (number) {
      rows.push({
        number: Number(number[1]),
        name: (lines[index + 1] ?? '').replace(/^\t/, ''),
        line: index + 2,
      });
    }
  }
  return rows;
}
