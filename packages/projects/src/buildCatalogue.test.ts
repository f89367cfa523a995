import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PROJECT_COUNT, fixtureCatalogueInput } from './_test/fixtureCatalogueInput.js';
import { buildCatalogue, type CatalogueInput, CatalogueValidationError } from './buildCatalogue.js';
import { createLookups } from './catalogue.js';
import { outline } from './data/ordos-2021-2025/outline.js';
import type { ProjectInput } from './schema/project.js';
import type { TargetInput } from './schema/target.js';

/** 专栏8 as authored, cut down to one measure with one target, and one prose target. */
function smallInput(): CatalogueInput & { projects: ProjectInput[]; proseTargets: TargetInput[] } {
  return {
    outline,
    planEnd: 2025,
    indicators: ordosPlan.indicators.map((indicator) => indicator.id),
    baselines: [],
    projects: [
      {
        number: 8,
        name: { zh: '学前教育发展提升行动计划', en: 'Action plan for preschool education' },
        annexLine: 1129,
        box: {
          printed: '专栏8  学前教育发展提升行动计划',
          title: '学前教育发展提升行动计划',
          line: 724,
        },
        measures: [
          {
            number: '（1）',
            text: '出台《鄂尔多斯市“十四五”学前教育发展提升行动计划》，大力发展公办幼儿园，加大普惠性民办幼儿园扶持力度，到2025年，普惠性幼儿园覆盖率达90%，公办幼儿园在园幼儿占比达75%。',
            summary: { en: 'Issue the preschool action plan; affordable coverage 90% by 2025.' },
            line: 726,
            targets: [
              {
                id: 'T-P08-M1-1',
                kind: 'level',
                metric: { zh: '普惠性幼儿园覆盖率', en: 'Coverage of affordable kindergartens' },
                text: '到2025年，普惠性幼儿园覆盖率达90%',
                comparator: 'eq',
                value: 90,
                printedValue: '90',
                unit: { zh: '%', en: '%' },
                deadline: { year: 2025 },
                indicatorId: 'inclusive-kindergarten-coverage',
              },
            ],
          },
        ],
      },
    ],
    proseTargets: [
      {
        id: 'T-C3S4-7',
        kind: 'cumulative',
        metric: { zh: '新建改建健身步道', en: 'Fitness trails built or rebuilt' },
        text: '在全市新建改建健身步道120公里',
        comparator: 'eq',
        value: 120,
        printedValue: '120',
        unit: { zh: '公里', en: 'km' },
        line: 828,
      },
    ],
  };
}

/** The issues `buildCatalogue` reports for the input, as "path: message". */
function refusals(input: CatalogueInput): string[] {
  try {
    buildCatalogue(input);
  } catch (error) {
    if (error instanceof CatalogueValidationError) {
      return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    }
    throw error;
  }
  throw new Error('expected the input to be refused');
}

function issuesOf(mutate: (input: ReturnType<typeof smallInput>) => void): string[] {
  const input = smallInput();
  mutate(input);
  return refusals(input);
}

const firstTarget = (input: ReturnType<typeof smallInput>) => {
  const target = input.projects[0]?.measures[0]?.targets?.[0];
  if (!target) throw new Error('the small input has a target');
  return target;
};

describe('buildCatalogue', () => {
  it('derives ids, places, locations and deadlines from what is authored', () => {
    const catalogue = buildCatalogue(smallInput());
    const project = catalogue.projects[0];
    expect(project?.measures[0]).toMatchObject({
      id: 'P08-M1',
      position: 1,
      lines: { start: 726, end: 726 },
      targetIds: ['T-P08-M1-1'],
    });
    expect([project?.chapter.number, project?.section.number, project?.subsection.printed]).toEqual(
      [3, 2, '一、普惠优质发展学前教育'],
    );
    expect(catalogue.targets.map((target) => [target.id, target.location])).toEqual([
      [
        'T-P08-M1-1',
        { chapter: 3, section: 2, subsection: 1, box: 8, measure: 'P08-M1', line: 726 },
      ],
      ['T-C3S4-7', { chapter: 3, section: 4, subsection: 1, line: 828 }],
    ]);
  });

  it('takes the plan’s end as the deadline where the text states none, marked inferred', () => {
    const catalogue = buildCatalogue(smallInput());
    expect(catalogue.targets.map((target) => target.deadline)).toEqual([
      { year: 2025, inferred: false },
      { year: 2025, inferred: true },
    ]);
    expect(catalogue.targets.every((target) => target.aspirational === false)).toBe(true);
  });

  it('refuses a number that does not occur in its text', () => {
    expect(
      issuesOf((input) => Object.assign(firstTarget(input), { printedValue: '95', value: 95 })),
    ).toContainEqual(
      expect.stringMatching(/printedValue: T-P08-M1-1: "95" does not occur in its text/),
    );
  });

  it('refuses a value that is not what the printed number reads as', () => {
    expect(issuesOf((input) => Object.assign(firstTarget(input), { value: 0.9 }))).toContainEqual(
      expect.stringMatching(/value: T-P08-M1-1: "90" reads as 90, not as the value given/),
    );
  });

  it('refuses a metric that is not in the text', () => {
    expect(
      issuesOf((input) =>
        Object.assign(firstTarget(input), { metric: { zh: '普惠园覆盖率', en: 'x' } }),
      ),
    ).toContainEqual(expect.stringMatching(/metric "普惠园覆盖率" does not occur/));
  });

  it('refuses a range without its upper end, and an upper end without a range', () => {
    expect(
      issuesOf((input) => Object.assign(firstTarget(input), { comparator: 'between' })),
    ).toContainEqual(
      expect.stringMatching(/upper: T-P08-M1-1: a "between" target needs an upper value/),
    );
    expect(issuesOf((input) => Object.assign(firstTarget(input), { upper: 95 }))).toContainEqual(
      expect.stringMatching(/upper is only meaningful with comparator "between", not "eq"/),
    );
  });

  it('refuses an unknown indicator id, naming it', () => {
    expect(
      issuesOf((input) =>
        Object.assign(firstTarget(input), { indicatorId: 'kindergarten-coverage' }),
      ),
    ).toContainEqual(
      expect.stringMatching(/indicatorId: unknown indicator id "kindergarten-coverage"/),
    );
  });

  it('refuses an id that does not say where the target is', () => {
    expect(
      issuesOf((input) => Object.assign(firstTarget(input), { id: 'T-P09-M1-1' })),
    ).toContainEqual(
      expect.stringMatching(
        /"T-P09-M1-1" is in measure P08-M1: its id must start with "T-P08-M1-"/,
      ),
    );
    expect(
      issuesOf((input) => {
        const prose = input.proseTargets[0];
        if (prose) prose.id = 'T-C3S1-7';
      }),
    ).toContainEqual(
      expect.stringMatching(/in chapter 3, section 4: its id must start with "T-C3S4-"/),
    );
  });

  it('refuses a prose target whose line is inside a box', () => {
    expect(
      issuesOf((input) => {
        const prose = input.proseTargets[0];
        if (prose) prose.line = 726;
      }),
    ).toContainEqual(
      expect.stringMatching(/line 726 is inside 专栏8; state the target in its measure/),
    );
  });

  it('refuses a measure target whose line is outside its measure', () => {
    expect(issuesOf((input) => Object.assign(firstTarget(input), { line: 728 }))).toContainEqual(
      expect.stringMatching(/line 728 is outside measure P08-M1 \(lines 726–726\)/),
    );
  });

  it('refuses a measure placed before its box heading', () => {
    expect(
      issuesOf((input) => {
        const measure = input.projects[0]?.measures[0];
        if (measure) measure.line = 700;
      }),
    ).toContainEqual(
      expect.stringMatching(
        /measures\.0\.line: line 700 must come after line 724 \(the box heading/,
      ),
    );
  });

  it('refuses duplicate target ids', () => {
    expect(
      issuesOf((input) => {
        const prose = input.proseTargets[0];
        if (prose) input.proseTargets.push({ ...prose });
      }),
    ).toContainEqual(': duplicate target "T-C3S4-7"');
  });

  it('refuses an authored field it does not know, naming its path', () => {
    expect(
      issuesOf((input) => Object.assign(firstTarget(input), { deadlines: 2025 })),
    ).toContainEqual(
      expect.stringMatching(/^projects\.0\.measures\.0\.targets\.0: Unrecognized key: "deadlines"/),
    );
  });

  it('refuses an outline whose headings are out of order', () => {
    expect(
      issuesOf((input) => {
        input.outline = { ...outline, chapters: [...outline.chapters].reverse() };
      }),
    ).toContainEqual(
      expect.stringMatching(
        /outline\.chapters\.1\.line: line \d+ must come after the heading before it/,
      ),
    );
  });
});

describe('buildCatalogue over any plan (the invented fixture: 25 projects, 12 chapters, 2026–2030)', () => {
  it('builds every project, with ids past P20 and places past chapter 9', () => {
    const catalogue = buildCatalogue(fixtureCatalogueInput());
    expect(catalogue.projects).toHaveLength(FIXTURE_PROJECT_COUNT);
    expect(catalogue.projects.at(-1)?.measures[0]?.id).toBe('P25-M1');
    expect(catalogue.targets.map((target) => [target.id, target.location])).toEqual([
      [
        'T-P23-M1-1',
        { chapter: 1, section: 1, subsection: 1, box: 23, measure: 'P23-M1', line: 1331 },
      ],
      ['T-C12S1-1', { chapter: 12, section: 1, subsection: 1, line: 12_005 }],
    ]);
    expect(catalogue.baselines.map((fact) => [fact.id, fact.indicatorId])).toEqual([
      ['B-C12S1-1', 'fixture-coverage'],
    ]);
  });

  it('takes the deadline the text states, and the plan’s own end (2030) where it states none', () => {
    const catalogue = buildCatalogue(fixtureCatalogueInput());
    expect(catalogue.targets.map((target) => target.deadline)).toEqual([
      { year: 2028, inferred: false },
      { year: 2030, inferred: true },
    ]);
  });

  it('gives lookups over the plan’s own projects and indicators', () => {
    const input = fixtureCatalogueInput();
    const lookups = createLookups(buildCatalogue(input), input.indicators);
    expect(lookups.projectByNumber(25).name.en).toBe('Fixture project 25');
    expect(lookups.measureById('P23-M1').targetIds).toEqual(['T-P23-M1-1']);
    expect(lookups.targetsForIndicator('fixture-coverage').map((target) => target.id)).toEqual([
      'T-P23-M1-1',
    ]);
    expect(lookups.targetsForIndicator('fixture-count')).toEqual([]);
    expect(lookups.targetsDueIn(2030).map((target) => target.id)).toEqual(['T-C12S1-1']);
    expect(() => lookups.projectByNumber(26)).toThrow(/numbered 1–25/);
    expect(() => lookups.targetsForIndicator('preschool-enrolment-rate')).toThrow(
      /unknown indicator id "preschool-enrolment-rate"/,
    );
  });

  it('numbers a project past 99 with three digits', () => {
    const input = fixtureCatalogueInput();
    const last = input.projects.at(-1);
    if (last) last.number = 105;
    const catalogue = buildCatalogue(input);
    expect(catalogue.projects.at(-1)?.measures[0]?.id).toBe('P105-M1');
  });

  it('reports a link to an indicator the plan does not have, with its path', () => {
    const input = fixtureCatalogueInput();
    const target = input.projects[22]?.measures[0]?.targets?.[0];
    if (target) target.indicatorId = 'preschool-enrolment-rate';
    const fact = input.baselines[0];
    if (fact) fact.indicatorId = 'fixture-covrage';
    expect(refusals(input)).toEqual([
      'projects.22.measures.0.targets.0.indicatorId: unknown indicator id "preschool-enrolment-rate": expected the id of one of the plan\'s 2 indicators, e.g. "fixture-coverage"',
      'baselines.0.indicatorId: unknown indicator id "fixture-covrage": expected the id of one of the plan\'s 2 indicators, e.g. "fixture-coverage"',
    ]);
  });

  it('still refuses two projects with one number', () => {
    const input = fixtureCatalogueInput();
    const last = input.projects.at(-1);
    if (last) last.number = 23;
    expect(refusals(input)).toContainEqual(': duplicate project number "23"');
  });
});
