import type { IndicatorId } from '@plan/indicators';
import { isIndicatorId } from '@plan/indicators';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  measureById,
  ordosBaselines,
  ordosProjects,
  ordosTargets,
  projectByNumber,
  targetById,
  targetsDueIn,
  targetsForIndicator,
  targetsForProject,
} from './catalogue.js';
import type { OrdosLinks } from './data/ordos-2021-2025/ordosLinks.js';
import type { TableCell } from './schema/consistencySources.js';
import type { Target, TargetInput } from './schema/target.js';

const count = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('ordosProjects', () => {
  it('holds the 20 projects of 附表1 in order', () => {
    expect(ordosProjects.map((project) => project.number)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(ordosProjects.every((project) => project.box.number === project.number)).toBe(true);
  });

  it('has the measures of each box as the text paragraphs them: 91 in all, not the 95 附表1 claims', () => {
    expect(ordosProjects.map((project) => project.measures.length)).toEqual([
      4, 4, 7, 4, 4, 4, 3, 3, 5, 5, 6, 8, 4, 4, 5, 5, 5, 5, 3, 3,
    ]);
    expect(ordosProjects.flatMap((project) => project.measures)).toHaveLength(91);
  });

  it('numbers measures by their place in the box, keeping the printed number or null beside it', () => {
    const box3 = projectByNumber(3).measures;
    expect(box3.map((measure) => measure.id)).toEqual([
      'P03-M1',
      'P03-M2',
      'P03-M3',
      'P03-M4',
      'P03-M5',
      'P03-M6',
      'P03-M7',
    ]);
    expect(box3.map((measure) => measure.number)).toEqual([
      '（1）',
      null,
      '（3）',
      '（4）',
      '（5）',
      '（6）',
      '（7）',
    ]);
    expect(projectByNumber(14).measures.every((measure) => measure.number === null)).toBe(true);
  });

  it('places each project in the chapter, section and subsection its box sits in', () => {
    const seven = projectByNumber(7);
    expect([seven.chapter.title.zh, seven.section.title.zh, seven.subsection.printed]).toEqual([
      '主要任务',
      '全面落实立德树人根本任务',
      '八、强化学生劳动教育',
    ]);
    expect(seven.section.numberPrinted).toBe(false);
    const thirteen = projectByNumber(13);
    expect([thirteen.section.printed, thirteen.subsection.number]).toEqual([
      '第四节  建设国家西部体育强市',
      1,
    ]);
    expect(projectByNumber(20).chapter.printed).toBe('第四章  重点举措');
  });

  it('records the trimmed 附表1 name, which is the box title for every project', () => {
    expect(projectByNumber(5).name.zh).toBe('家校社协同育人工程');
    for (const project of ordosProjects) expect(project.box.title.zh).toBe(project.name.zh);
  });

  it('gives every measure an English summary of its own', () => {
    const summaries = ordosProjects.flatMap((project) =>
      project.measures.map((measure) => measure.summary.en),
    );
    expect(new Set(summaries).size).toBe(summaries.length);
    for (const summary of summaries) expect(summary.length).toBeGreaterThan(30);
  });
});

describe('ordosTargets', () => {
  it('holds 150 targets: 76 in measures and 74 in the prose', () => {
    expect(ordosTargets).toHaveLength(150);
    expect(ordosTargets.filter((target) => target.location.measure)).toHaveLength(76);
  });

  it('has targets of each kind', () => {
    expect(count(ordosTargets, (target) => target.kind)).toEqual({
      level: 59,
      cumulative: 53,
      'per-unit': 37,
      pace: 1,
    });
  });

  it('links 23 targets to 17 indicators of @plan/indicators', () => {
    const linked = ordosTargets.filter((target) => target.indicatorId);
    expect(linked).toHaveLength(23);
    expect(new Set(linked.map((target) => target.indicatorId)).size).toBe(17);
    for (const target of linked) expect(isIndicatorId(target.indicatorId ?? '')).toBe(true);
  });

  it('has unique ids, in the order of the text', () => {
    expect(new Set(ordosTargets.map((target) => target.id)).size).toBe(ordosTargets.length);
    const lines = ordosTargets.map((target) => target.location.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('names in each id where the target is stated', () => {
    for (const target of ordosTargets) {
      const { chapter, section, measure } = target.location;
      expect(target.id).toMatch(
        measure ? new RegExp(`^T-${measure}-\\d+$`) : new RegExp(`^T-C${chapter}S${section}-\\d+$`),
      );
    }
  });

  it('lists each measure target in its measure, and nothing else there', () => {
    for (const project of ordosProjects) {
      for (const measure of project.measures) {
        const stated = ordosTargets.filter((target) => target.location.measure === measure.id);
        expect(measure.targetIds).toEqual(stated.map((target) => target.id));
        for (const target of stated) expect(target.location.box).toBe(project.number);
      }
    }
  });

  it('marks as aspirational every target stated with 力争 or 争取', () => {
    for (const target of ordosTargets.filter((candidate) => /力争|争取/.test(candidate.text))) {
      expect(target.aspirational, target.id).toBe(true);
    }
  });

  it('infers the plan’s end, 2025, only where the text states no deadline', () => {
    for (const target of ordosTargets.filter((candidate) => candidate.deadline.inferred)) {
      expect(target.deadline.year, target.id).toBe(2025);
      expect(target.text, target.id).not.toMatch(/20\d\d年/);
    }
  });

  it('models a yearly pace as a change per year, not a level', () => {
    expect(targetById('T-P06-M2-1')).toMatchObject({
      kind: 'pace',
      per: 'year',
      change: 'decrease',
      comparator: 'gte',
      value: 0.5,
      unit: { zh: '个百分点' },
      aspirational: true,
      indicatorId: 'student-myopia-rate',
    });
  });

  it('models per-unit targets with their unit and, where the plan implies it, the count of units', () => {
    expect(targetById('T-P01-M4-1')).toMatchObject({
      kind: 'per-unit',
      comparator: 'gte',
      value: 1,
      per: { zh: '每个旗区' },
      unitCount: 9,
    });
    expect(targetById('T-C3S1-12')).toMatchObject({
      kind: 'per-unit',
      printedValue: '一',
      value: 1,
      per: { zh: '每所学校幼儿园' },
    });
  });

  it('keeps ranges as ranges', () => {
    expect(targetById('T-C2S3-11')).toMatchObject({
      comparator: 'between',
      value: 10,
      upper: 15,
      printedValue: '10-15',
    });
    expect(targetById('T-P11-M2-1')).toMatchObject({
      comparator: 'between',
      value: 1,
      upper: 2,
      printedValue: '1—2',
    });
  });

  it('types the Ordos data’s indicator links as the literal union of @plan/indicators', () => {
    expectTypeOf<OrdosLinks<TargetInput>['indicatorId']>().toEqualTypeOf<IndicatorId | undefined>();
    expectTypeOf(targetsForIndicator).parameter(0).toEqualTypeOf<IndicatorId>();
    const typo: OrdosLinks<TableCell> = {
      // @ts-expect-error a typo in a link of the Ordos data fails to compile
      indicator: 'preschool-enrollment-rate',
      column: 'target',
      line: 1,
    };
    expect(typo.line).toBe(1);
  });

  it('types the generic schema’s links as any plan’s indicator id', () => {
    expectTypeOf<Target['indicatorId']>().toEqualTypeOf<string | undefined>();
  });
});

describe('ordosBaselines', () => {
  it('records past results the text states, not as targets', () => {
    expect(ordosBaselines).toHaveLength(18);
    expect(ordosBaselines.find((fact) => fact.id === 'B-C1S1-1')).toMatchObject({
      value: 152,
      year: 2020,
      yearInferred: true,
    });
  });
});

describe('projectByNumber', () => {
  it('returns the project with that number', () => {
    expect(projectByNumber(19).name.zh).toBe('义务教育薄弱环节改善与能力提升工程');
  });

  it('refuses a number outside 1–20, naming the range', () => {
    expect(() => projectByNumber(21)).toThrow(
      /no project 21: the plan's projects are numbered 1–20/,
    );
    expect(() => projectByNumber(0)).toThrow(RangeError);
  });

  it('refuses a number that is not whole', () => {
    expect(() => projectByNumber(1.5)).toThrow(/whole number, not 1.5/);
    expect(() => projectByNumber(Number.NaN)).toThrow(TypeError);
  });
});

describe('measureById', () => {
  it('returns the measure with that id', () => {
    expect(measureById('P07-M3').text).toContain('“七个一”活动');
    expect(measureById('P04-M4').lines).toEqual({ start: 663, end: 664 });
  });

  it('names the measures a project has when the id is not one of them', () => {
    expect(() => measureById('P03-M9')).toThrow(
      /no measure "P03-M9": project 3 has P03-M1 to P03-M7/,
    );
  });

  it('refuses what is not a measure id', () => {
    expect(() => measureById('7.3')).toThrow(
      /"7.3" is not a measure id: expected one such as "P07-M3"/,
    );
    expect(() => measureById('P21-M1')).toThrow(/no project 21/);
  });
});

describe('targetById', () => {
  it('refuses an unknown id', () => {
    expect(() => targetById('T-C9S9-9')).toThrow(/no target "T-C9S9-9"/);
  });
});

describe('targetsForProject', () => {
  it('returns the targets of the project’s box in order', () => {
    expect(targetsForProject(19).map((target) => target.id)).toEqual([
      'T-P19-M1-1',
      'T-P19-M1-2',
      'T-P19-M2-1',
      'T-P19-M2-2',
      'T-P19-M2-3',
      'T-P19-M2-4',
      'T-P19-M3-1',
      'T-P19-M3-2',
    ]);
  });

  it('returns none for a box without quantified targets', () => {
    expect(targetsForProject(4)).toEqual([]);
  });
});

describe('targetsForIndicator', () => {
  it('finds the targets in the prose and in the boxes that measure an indicator', () => {
    expect(
      targetsForIndicator('inclusive-kindergarten-coverage').map((target) => target.id),
    ).toEqual(['T-C2S3-2', 'T-P08-M1-1']);
  });

  it('returns none for an indicator the text sets no target for', () => {
    expect(targetsForIndicator('registered-football-players')).toEqual([]);
  });

  it('refuses an unknown indicator id from outside', () => {
    expect(() => targetsForIndicator('preschool-enrollment-rate' as IndicatorId)).toThrow(
      /unknown indicator id "preschool-enrollment-rate"/,
    );
  });
});

describe('targetsDueIn', () => {
  it('returns the targets due in a year', () => {
    expect(targetsDueIn(2022).map((target) => target.id)).toEqual([
      'T-P07-M2-4',
      'T-C3S4-16',
      'T-C3S4-17',
    ]);
    expect(targetsDueIn(2023).map((target) => target.id)).toEqual(['T-C5S2-1', 'T-C5S2-3']);
  });

  it('includes at the plan’s end the targets whose deadline is inferred', () => {
    const due = targetsDueIn(2025);
    expect(due.length + targetsDueIn(2022).length + targetsDueIn(2023).length).toBe(
      ordosTargets.length,
    );
    expect(due.some((target) => target.deadline.inferred)).toBe(true);
  });

  it('returns none for a year without targets, before or after the plan', () => {
    expect(targetsDueIn(2020)).toEqual([]);
    expect(targetsDueIn(2030)).toEqual([]);
  });

  it('refuses a year that is not whole', () => {
    expect(() => targetsDueIn(2025.5)).toThrow(/year must be a whole number/);
  });
});

describe('freezing', () => {
  it('freezes projects, measures, targets and their nested values', () => {
    expect(Object.isFrozen(ordosProjects)).toBe(true);
    expect(Object.isFrozen(projectByNumber(1).measures[0])).toBe(true);
    expect(Object.isFrozen(ordosTargets[0]?.location)).toBe(true);
    expect(() => {
      (targetById('T-C2S3-1') as { value: number }).value = 100;
    }).toThrow(TypeError);
    expect(targetById('T-C2S3-1').value).toBe(99);
  });
});
