import { type IndicatorId, indicatorById } from '@plan/indicators';
import { hasSeed, readSeed, seedSkipReason } from '@plan/vitest-config/seed';
import { describe, expect, it } from 'vitest';
import { readSeedAnnex, readSeedBoxes } from './_test/readSeedBoxes.js';
import { ordosBaselines, ordosOutline, ordosProjects, ordosTargets } from './catalogue.js';
import { ordosConsistencyReport, ordosConsistencySources } from './consistency.js';

if (seedSkipReason) console.warn(`@plan/projects: ${seedSkipReason}`);

const seed = readSeed() ?? '';
const lines = seed.split('\n');
const lineAt = (line: number) => lines[line - 1] ?? '';

describe.skipIf(!hasSeed)('the projects against the plan text', () => {
  const boxes = readSeedBoxes(seed);
  const annex = readSeedAnnex(seed);

  it('finds 20 boxes and 20 rows of 附表1 in the text, as the catalogue has 20 projects', () => {
    expect(boxes.map((box) => box.number)).toEqual(ordosProjects.map((project) => project.number));
    expect(annex.map((row) => row.number)).toEqual(ordosProjects.map((project) => project.number));
  });

  it.each(ordosProjects.map((project) => [project.number, project] as const))(
    'project %i has the name 附表1 prints (trimmed) and the box heading the text prints',
    (number, project) => {
      const row = annex.find((candidate) => candidate.number === number);
      expect(row?.name.trim()).toBe(project.name.zh);
      expect(row?.line).toBe(project.annexLine);
      const box = boxes.find((candidate) => candidate.number === number);
      expect(box?.printed).toBe(project.box.printed);
      expect(box?.title).toBe(project.box.title.zh);
      expect(box?.line).toBe(project.box.line);
    },
  );

  it.each(ordosProjects.map((project) => [project.number, project] as const))(
    "专栏%i has as many measures as the text's box has paragraphs, each verbatim with its printed number",
    (number, project) => {
      const box = boxes.find((candidate) => candidate.number === number);
      expect(project.measures).toHaveLength(box?.paragraphs.length ?? -1);
      project.measures.forEach((measure, index) => {
        const paragraph = box?.paragraphs[index];
        expect(measure.text).toBe(paragraph?.text);
        expect(measure.number).toBe(paragraph?.number);
        expect(measure.lines).toEqual({ start: paragraph?.start, end: paragraph?.end });
      });
    },
  );

  it('counts 91 measure paragraphs in the boxes, 77 of them numbered', () => {
    const paragraphs = boxes.flatMap((box) => box.paragraphs);
    expect(paragraphs).toHaveLength(91);
    expect(paragraphs.filter((paragraph) => paragraph.number !== null)).toHaveLength(77);
  });

  it('states every target in its own words on its line, with its metric and its number', () => {
    for (const target of ordosTargets) {
      const line = lineAt(target.location.line);
      expect(line, target.id).toContain(target.text);
      expect(target.text, target.id).toContain(target.metric.zh);
      expect(target.text, target.id).toContain(target.printedValue);
    }
  });

  it('places every target of a measure within the measure’s lines and its text within the measure’s text', () => {
    const measures = new Map(
      ordosProjects.flatMap((project) => project.measures.map((m) => [m.id, m])),
    );
    for (const target of ordosTargets.filter((candidate) => candidate.location.measure)) {
      const measure = measures.get(target.location.measure ?? '');
      expect(measure?.text, target.id).toContain(target.text);
      expect(measure?.targetIds, target.id).toContain(target.id);
    }
  });

  it('states the year of each stated deadline on the target’s line, or (第二章第三节) in the sentence opening the section', () => {
    const opening = lineAt(50);
    expect(opening).toMatch(/^到2025年/);
    for (const target of ordosTargets.filter((candidate) => !candidate.deadline.inferred)) {
      const inMainGoals = target.location.chapter === 2 && target.location.section === 3;
      const where = inMainGoals ? opening : lineAt(target.location.line);
      expect(where, target.id).toContain(`${target.deadline.year}年`);
    }
  });

  it('states every baseline fact in its own words on its line', () => {
    for (const fact of ordosBaselines) {
      expect(lineAt(fact.location.line), fact.id).toContain(fact.text);
      expect(fact.text, fact.id).toContain(fact.metric.zh);
    }
  });

  it('has every heading of the outline as printed on its line', () => {
    const headings = ordosOutline.chapters.flatMap((chapter) => [
      chapter,
      ...chapter.sections.flatMap((section) => [section, ...section.subsections]),
    ]);
    for (const heading of headings) {
      expect(lineAt(heading.line).trim(), heading.printed).toBe(heading.printed);
      expect(heading.printed.endsWith(heading.title.zh), heading.printed).toBe(true);
    }
    expect(lineAt(ordosOutline.annexLine)).toMatch(/^附表1/);
  });

  it('misses no numbered heading of the text (第N章, 第N节, 一、…)', () => {
    const inOutline = new Set(
      ordosOutline.chapters.flatMap((chapter) => [
        chapter.line,
        ...chapter.sections.flatMap((section) => [
          section.line,
          ...section.subsections.map((s) => s.line),
        ]),
      ]),
    );
    const numbered = lines.flatMap((line, index) =>
      /^\s*(第.[章节]|[一二三四五六七八九十]+、)/.test(line) && index + 1 < ordosOutline.annexLine
        ? [index + 1]
        : [],
    );
    expect(numbered.filter((line) => !inOutline.has(line))).toEqual([]);
  });
});

/**
 * Numbers in the prose that set no target, with why. Each must occur
 * uncovered on its line (a stale entry fails the test).
 */
const notTargets: ReadonlyArray<{ line: number; printed: string; why: string }> = [
  { line: 54, printed: '15', why: '“15分钟健身圈” names a concept (a 15-minute fitness circle)' },
  { line: 828, printed: '15', why: '“15分钟健身圈” again' },
  { line: 56, printed: '5', why: '5G is a technology' },
  {
    line: 728,
    printed: '5',
    why: '（5个）, the count form of the 56% target T-P08-M2-1 (in its note)',
  },
  {
    line: 738,
    printed: '5',
    why: '（5个）, the count form of the 56% target T-P09-M1-1 (in its note)',
  },
  { line: 771, printed: '20', why: 'a condition: banners of over 200,000 people' },
  {
    line: 773,
    printed: '5',
    why: 'a condition: schools with five or more students with mild disabilities',
  },
  { line: 788, printed: '1', why: '“1+4” names the strategic plans (1个总规划、4所高校规划)' },
  { line: 788, printed: '4', why: '“1+4” and “3+4” name plans and programme formats' },
  { line: 788, printed: '3', why: '“3+2” and “3+4” name programme formats' },
  { line: 788, printed: '2', why: '“3+2” names a programme format' },
  { line: 796, printed: '1', why: '1+x names the certificate system' },
  { line: 831, printed: '100', why: '“七个100行动” names the list; its seven items are targets' },
  {
    line: 835,
    printed: '9',
    why: 'the nine industrial parks are where the centres go, not a target',
  },
  { line: 840, printed: '5', why: 'qualifies the games of T-C3S4-8: five or more sports' },
  { line: 894, printed: '30', why: '“鄂尔多斯科技新政30条” names a policy' },
  { line: 927, printed: '100', why: '“创新创业100+” names a programme' },
  { line: 927, printed: '2', why: 'a condition: interns employed for two years' },
  {
    line: 994,
    printed: '1',
    why: 'the one-year reserve period of new teachers is a rule, not a target',
  },
  {
    line: 1003,
    printed: '5',
    why: 'the five-year training cycle, the per-unit period of T-P18-M3-1',
  },
  { line: 1036, printed: '4', why: '“4D” names a kitchen management method' },
];

describe.skipIf(!hasSeed)('the targets cover every number of the prose', () => {
  // From 第二章 on (第一章 records past results), outside the three indicator tables.
  const tables = { start: 59, end: 591 };
  const blank = (match: string) => '□'.repeat(match.length);

  /** Where on its line each target's and fact's number is printed: [start, end) character spans. */
  const spans = new Map<number, Array<[number, number]>>();
  for (const item of [...ordosTargets, ...ordosBaselines]) {
    const line = lineAt(item.location.line);
    const textStart = line.indexOf(item.text);
    const token = new RegExp(
      `(?<![\\d.])${item.printedValue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.])`,
    );
    const found = token.exec(item.text);
    if (textStart === -1 || !found) continue; // the tests above fail for these
    const start = textStart + found.index;
    spans.set(item.location.line, [
      ...(spans.get(item.location.line) ?? []),
      [start, start + item.printedValue.length],
    ]);
  }

  function uncoveredNumbers() {
    const found: Array<{ line: number; printed: string }> = [];
    for (let line = 32; line < ordosOutline.annexLine; line++) {
      if (line >= tables.start && line <= tables.end) continue;
      // Blank out what is not a quantity, keeping character positions.
      const text = lineAt(line)
        .replace(/《[^》]*》/g, blank) // document titles
        .replace(/〔\d{4}〕\d+号/g, blank) // document numbers
        .replace(/^\s*（\d+）/, blank) // measure numbers
        .replace(/^\s*专栏\d+/, blank); // box numbers
      for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) {
        const printed = match[0];
        if (/^(19|20)\d\d$/.test(printed)) continue; // years
        const at = match.index;
        const isCovered = (spans.get(line) ?? []).some(([start, end]) => start <= at && at < end);
        if (!isCovered) found.push({ line, printed });
      }
    }
    return found;
  }

  it('accounts for each Arabic number from 第二章 to 附表1 by a target, a baseline fact or a stated reason', () => {
    const unexplained = uncoveredNumbers().filter(
      (number) =>
        !notTargets.some((entry) => entry.line === number.line && entry.printed === number.printed),
    );
    expect(unexplained).toEqual([]);
  });

  it('keeps no stale reason: each listed number occurs uncovered on its line', () => {
    const uncovered = uncoveredNumbers();
    const stale = notTargets.filter(
      (entry) =>
        !uncovered.some((number) => number.line === entry.line && number.printed === entry.printed),
    );
    expect(stale).toEqual([]);
  });
});

describe.skipIf(!hasSeed)('the consistency sources against the plan text', () => {
  const sources = ordosConsistencySources;

  it('quotes the claim of 附表1 from its line', () => {
    expect(lineAt(sources.claim.line).trim()).toBe(sources.claim.text);
    for (const count of [
      sources.claim.projects,
      sources.claim.implementationPlans,
      sources.claim.measures,
    ]) {
      expect(sources.claim.text).toContain(String(count));
    }
  });

  it('quotes each counted list from its line, with its count', () => {
    for (const claim of sources.listClaims)
      expect(lineAt(claim.line), claim.id).toContain(claim.text);
  });

  it("cites each table cell at the line that prints that indicator's value", () => {
    for (const cell of sources.tableCells) {
      const value = indicatorById(cell.indicator as IndicatorId).values.subject[cell.column];
      const printed =
        value.kind === 'split'
          ? value.parts.find((part) => part.part === cell.part)?.value.printed
          : value.printed;
      expect(lineAt(cell.line).trim(), `${cell.indicator} ${cell.part ?? ''} ${cell.column}`).toBe(
        printed?.trim(),
      );
    }
  });

  it('quotes each curated reading from its line', () => {
    for (const finding of sources.curated) {
      for (const reading of finding.readings) {
        if ('text' in reading) expect(lineAt(reading.line), finding.id).toContain(reading.text);
      }
    }
  });
});

describe.skipIf(!hasSeed)('the consistency report against the plan text', () => {
  it('quotes every printed reading from its line: a table cell whole, a clause within its line', () => {
    for (const finding of ordosConsistencyReport.findings) {
      for (const reading of finding.readings) {
        if (reading.basis !== 'printed') continue;
        // The built-in plan's sources give every cell's line.
        expect(reading.location.line, finding.id).toBeDefined();
        const line = lineAt(reading.location.line as number);
        if (reading.location.table && reading.location.table !== 'annex-1') {
          expect(line.trim(), finding.id).toBe(reading.text);
        } else {
          expect(line, finding.id).toContain(reading.text);
        }
      }
    }
  });
});
