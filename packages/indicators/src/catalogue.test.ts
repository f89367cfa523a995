import { readSeed, seedSkipReason } from '@plan/vitest-config/seed';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readSeedTables } from './_test/readSeedTables.js';
import {
  categoryPathOf,
  type IndicatorId,
  indicatorById,
  indicatorsByCategory,
  indicatorsByTable,
  isIndicatorId,
  ordosPlan,
  regionById,
  tableById,
} from './catalogue.js';
import type { Indicator } from './schema/indicator.js';
import type { PlanValue } from './schema/value.js';

const seed = readSeed();

/** The four printed cells of a row in the plan's column order, one list per part for split rows. */
function printedCells(indicator: Indicator): string[][] {
  const { subject, benchmark } = indicator.values;
  const columns: PlanValue[] = [
    subject.baseline,
    benchmark.baseline,
    subject.target,
    benchmark.target,
  ];
  const partCount = indicator.parts?.length ?? 1;
  return Array.from({ length: partCount }, (_, partIndex) =>
    columns.map((value) =>
      value.kind === 'split' ? (value.parts[partIndex]?.value.printed ?? '?') : value.printed,
    ),
  );
}

describe('ordosPlan', () => {
  it('has the three tables with 17, 22 and 22 rows: 61 indicators', () => {
    expect(ordosPlan.tables.map((table) => [table.id, table.indicatorIds.length])).toEqual([
      ['education', 17],
      ['vocational', 22],
      ['sports', 22],
    ]);
    expect(ordosPlan.indicators).toHaveLength(61);
    expect(new Set(ordosPlan.indicators.map((indicator) => indicator.id)).size).toBe(61);
  });

  it('states the plan period, baseline year and target year', () => {
    expect(ordosPlan.period).toEqual({ start: 2021, end: 2025 });
    expect(ordosPlan.baselineYear).toBe(2020);
    expect(ordosPlan.targetYear).toBe(2025);
    expect(regionById(ordosPlan.subjectRegion)?.name.zh).toBe('鄂尔多斯市');
    expect(regionById(ordosPlan.benchmarkRegion)?.name.zh).toBe('内蒙古自治区');
  });

  it('lists Ordos and its nine 旗区 under it', () => {
    const children = ordosPlan.regions.filter((region) => region.parent === 'ordos');
    expect(children.map((region) => region.name.zh)).toEqual([
      '东胜区',
      '康巴什区',
      '达拉特旗',
      '准格尔旗',
      '鄂托克前旗',
      '鄂托克旗',
      '杭锦旗',
      '乌审旗',
      '伊金霍洛旗',
    ]);
  });

  it('numbers rows within each table in printed order', () => {
    for (const table of ordosPlan.tables) {
      expect(indicatorsByTable(table.id).map((indicator) => indicator.order)).toEqual(
        table.indicatorIds.map((_, index) => index + 1),
      );
    }
  });

  it('is frozen, so no caller can change the shared catalogue', () => {
    const indicator = indicatorById('student-myopia-rate');
    expect(Object.isFrozen(ordosPlan)).toBe(true);
    expect(Object.isFrozen(indicator.values.subject.target)).toBe(true);
    expect(() => {
      (indicator as { id: string }).id = 'changed';
    }).toThrow(TypeError);
  });

  it('marks exactly the two health rates as decrease-is-better and 职普比例 as a band', () => {
    const byDirection = (direction: string) =>
      ordosPlan.indicators
        .filter((indicator) => indicator.direction === direction)
        .map((i) => i.id);
    expect(byDirection('decrease')).toEqual(['student-myopia-rate', 'student-obesity-rate']);
    expect(byDirection('band')).toEqual(['vocational-general-ratio']);
    expect(indicatorById('vocational-general-ratio').band).toMatchObject({
      lower: 40,
      upper: 50,
      ratioPart: 0,
    });
  });

  it('derives the name from the printed cell: no `*`, no unit suffix', () => {
    for (const indicator of ordosPlan.indicators) {
      const bare = indicator.printed.replace(/^\*/, '').replace(/[（(][^（）()]*[)）]$/, '');
      expect(indicator.name.zh, indicator.id).toBe(bare);
    }
  });

  it('reads printed cells into typed values, keeping the text', () => {
    expect(indicatorById('preschool-enrolment-rate').values.benchmark.target).toEqual({
      kind: 'comparator',
      printed: '≥95.0',
      comparator: 'gte',
      value: 95,
      decimals: 1,
    });
    expect(indicatorById('part-time-teachers-share').values.subject.target).toMatchObject({
      comparator: 'gt',
      value: 20,
    });
    expect(indicatorById('vocational-general-ratio').values.subject.baseline).toEqual({
      kind: 'ratio',
      printed: '35 ：65',
      parts: [35, 65],
    });
    expect(indicatorById('comprehensive-training-bases').values.subject.baseline).toEqual({
      kind: 'absent',
      printed: '-',
    });
    expect(indicatorById('sports-ground-area-per-capita').values.subject.target).toMatchObject({
      value: 3,
      decimals: 1,
      printed: '3.0',
    });
  });

  it('holds the 双师型 row as one indicator with 中职 and 高职 parts', () => {
    const dual = indicatorById('dual-qualified-teachers-share');
    expect(dual.parts?.map((part) => part.label.zh)).toEqual(['中职', '高职']);
    expect(dual.values.subject.target).toMatchObject({
      kind: 'split',
      printed: '中职60 / 高职70',
      parts: [
        { part: 'secondary', value: { kind: 'number', value: 60, printed: '中职60' } },
        { part: 'higher', value: { kind: 'number', value: 70, printed: '高职70' } },
      ],
    });
    expect(dual.values.benchmark.target).toMatchObject({
      parts: [
        { part: 'secondary', value: { comparator: 'gte', value: 50 } },
        { part: 'higher', value: { comparator: 'gte', value: 50 } },
      ],
    });
  });
});

describe('lookups', () => {
  it('finds an indicator by id, and refuses an unknown id at compile time and at run time', () => {
    expect(indicatorById('national-second-grade-referees').name.zh).toBe('国家二级裁判员');
    // @ts-expect-error an id that is not in the catalogue does not compile
    expect(() => indicatorById('no-such-indicator')).toThrow(
      'unknown indicator id "no-such-indicator"',
    );
    expect(isIndicatorId('student-obesity-rate')).toBe(true);
    expect(isIndicatorId('student-obesity')).toBe(false);
  });

  it('gives ids a literal type', () => {
    expectTypeOf<'student-myopia-rate'>().toMatchTypeOf<IndicatorId>();
    expectTypeOf<'nonsense'>().not.toMatchTypeOf<IndicatorId>();
  });

  it('finds indicators by table and by category at any depth', () => {
    expect(indicatorsByTable('sports')).toHaveLength(22);
    expect(indicatorsByCategory('team-building').map((indicator) => indicator.id)).toEqual([
      'first-grade-athletes',
      'second-grade-athletes',
      'senior-title-coaches',
      'national-first-grade-referees',
      'national-second-grade-referees',
    ]);
    expect(indicatorsByCategory('education-informatization')).toHaveLength(4);
    expect(indicatorsByCategory('no-such-category')).toEqual([]);
  });

  it("resolves an indicator's category path and its table", () => {
    const referees = indicatorById('national-first-grade-referees');
    expect(categoryPathOf(referees).map((category) => category.name.zh)).toEqual([
      '竞技体育',
      '队伍建设',
      '裁判员',
    ]);
    expect(tableById('vocational')?.title.zh).toBe('鄂尔多斯市职业教育发展“十四五”主要指标');
  });

  it('inherits the `*` flag from a starred category (*运动员, *裁判员) but not from 教练员', () => {
    expect(indicatorById('first-grade-athletes').localAddition).toBe(true);
    expect(indicatorById('national-second-grade-referees').localAddition).toBe(true);
    expect(indicatorById('senior-title-coaches').localAddition).toBe(false);
  });
});

describe.skipIf(!seed)('ordosPlan against the plan text', () => {
  if (!seed) {
    it.skip(seedSkipReason ?? 'no seed');
    return;
  }
  const seedTables = readSeedTables(
    seed,
    ordosPlan.tables.map((table) => table.title.zh),
  );

  it.each(ordosPlan.tables.map((table, index) => [table.id, index] as const))(
    'has every row of the %s table, in order, with its name, category and four values verbatim',
    (tableId, tableIndex) => {
      const seedTable = seedTables[tableIndex];
      if (!seedTable) throw new Error(`no seed table ${tableId}`);
      // Sub-rows (no name cell) belong to the indicator above them.
      const rows: { name: string; categories: string[]; cells: string[][]; line: number }[] = [];
      let categories: string[] = [];
      for (const row of seedTable.rows) {
        const cells = row.values.map((value) => value.trim());
        if (row.name === '') {
          const previous = rows.at(-1);
          if (!previous) throw new Error(`sub-row at line ${row.line} has no row above it`);
          previous.cells.push(cells);
          continue;
        }
        categories = row.categories.map((cell, level) =>
          cell === '' ? (categories[level] ?? '') : cell,
        );
        rows.push({ name: row.name, categories, cells: [cells], line: row.line });
      }
      const indicators = indicatorsByTable(tableId);
      expect(indicators.map((indicator) => indicator.printed)).toEqual(rows.map((row) => row.name));
      indicators.forEach((indicator, index) => {
        const row = rows[index];
        if (!row) throw new Error(`no row for ${indicator.id}`);
        const label = `${indicator.id} (line ${row.line})`;
        expect(printedCells(indicator), label).toEqual(row.cells);
        expect(
          categoryPathOf(indicator).map((category) => category.printed),
          label,
        ).toEqual(row.categories);
        const starred =
          row.name.startsWith('*') || row.categories.some((cell) => cell.startsWith('*'));
        expect(indicator.localAddition, label).toBe(starred);
      });
    },
  );

  it("reads every table's footnote verbatim", () => {
    ordosPlan.tables.forEach((table, index) => {
      expect(table.footnote?.zh).toBe(seedTables[index]?.footnote);
    });
  });

  it('names five of the nine 旗区 in its text; the other four come from the division list, not the plan', () => {
    const named = ordosPlan.regions
      .filter((region) => region.level !== 'province' && seed.includes(region.name.zh))
      .map((region) => region.name.zh);
    expect(named).toEqual([
      '鄂尔多斯市',
      '东胜区',
      '康巴什区',
      '达拉特旗',
      '准格尔旗',
      '伊金霍洛旗',
    ]);
  });
});
