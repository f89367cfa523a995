import type { PlanInput } from '@plan/indicators';
import type { CatalogueInput } from '../buildCatalogue.js';
import type { BaselineFactInput } from '../schema/baselineFact.js';
import type { Outline } from '../schema/outline.js';
import type { ProjectInput } from '../schema/project.js';
import type { TargetInput } from '../schema/target.js';

/**
 * A TEST FIXTURE, not a real plan: an invented catalogue whose shape differs
 * from the Ordos plan's wherever a generic rule could have assumed Ordos — 25
 * projects, 12 chapters, a plan running 2026–2030, its own indicator ids.
 * Every text and figure is made up.
 */
export const FIXTURE_PROJECT_COUNT = 25;

const heading = (number: number, printed: string, line: number) => ({
  number,
  numberPrinted: true,
  printed,
  title: { zh: printed, en: `Fixture heading ${number}` },
  line,
});

// Chapter c starts on line 1000·c, its one section and subsection on the lines after.
const outline: Outline = {
  chapters: Array.from({ length: 12 }, (_, index) => {
    const number = index + 1;
    const line = 1000 * number;
    return {
      ...heading(number, `第${number}章  夹具章`, line),
      sections: [
        {
          ...heading(1, '第一节  夹具节', line + 1),
          subsections: [heading(1, '一、夹具小节', line + 2)],
        },
      ],
    };
  }),
  annexLine: 20_000,
};

/** The target of project 23's first measure: due 2028, as its text says. */
const project23Target = {
  id: 'T-P23-M1-1',
  kind: 'level',
  metric: { zh: '夹具覆盖率', en: 'Fixture coverage' },
  text: '到2028年，夹具覆盖率达80%',
  comparator: 'eq',
  value: 80,
  printedValue: '80',
  unit: { zh: '%', en: '%' },
  deadline: { year: 2028 },
  indicatorId: 'fixture-coverage',
} satisfies TargetInput;

// Project p's box is on line 1100 + 10·p (all in chapter 1), its one measure on the next line.
const projects: ProjectInput[] = Array.from({ length: FIXTURE_PROJECT_COUNT }, (_, index) => {
  const number = index + 1;
  const line = 1100 + 10 * number;
  return {
    number,
    name: { zh: `夹具项目${number}`, en: `Fixture project ${number}` },
    annexLine: 20_000 + number,
    box: { printed: `专栏${number}  夹具项目${number}`, title: `夹具项目${number}`, line },
    measures: [
      {
        number: '（1）',
        text: number === 23 ? `推进夹具建设，${project23Target.text}。` : '推进夹具建设。',
        summary: { en: 'Build the fixture.' },
        line: line + 1,
        ...(number === 23 ? { targets: [project23Target] } : {}),
      },
    ],
  };
});

/** A prose target of chapter 12 that states no year: due at the plan's end, 2030. */
const proseTargets: TargetInput[] = [
  {
    id: 'T-C12S1-1',
    kind: 'cumulative',
    metric: { zh: '新建夹具', en: 'Fixtures built' },
    text: '新建夹具30个',
    comparator: 'eq',
    value: 30,
    printedValue: '30',
    unit: { zh: '个', en: 'fixtures' },
    line: 12_005,
  },
];

const baselines: BaselineFactInput[] = [
  {
    id: 'B-C12S1-1',
    metric: { zh: '夹具覆盖率', en: 'Fixture coverage' },
    text: '夹具覆盖率达60%',
    value: 60,
    printedValue: '60',
    unit: { zh: '%', en: '%' },
    year: 2025,
    yearInferred: true,
    states: 'value',
    indicatorId: 'fixture-coverage',
    line: 12_004,
  },
];

/** The fixture's catalogue input, fresh on each call so a test may change it. */
export function fixtureCatalogueInput(): CatalogueInput & {
  projects: ProjectInput[];
  baselines: BaselineFactInput[];
} {
  return {
    outline: structuredClone(outline),
    projects: structuredClone(projects),
    proseTargets: structuredClone(proseTargets),
    baselines: structuredClone(baselines),
    planEnd: 2030,
    indicators: ['fixture-coverage', 'fixture-count'],
  };
}

/**
 * The fixture's indicator plan (TEST FIXTURE, invented figures): a city and a
 * province of no real place, one table, the two indicators the catalogue links
 * to, baseline 2025 and target 2030.
 */
export const fixturePlanInput = {
  id: 'fixture-plan-2026-2030',
  title: { zh: '夹具市“十五五”规划（测试夹具）', en: 'Fixture City plan 2026–2030 (test fixture)' },
  issuer: 'fixture-city',
  period: { start: 2026, end: 2030 },
  baselineYear: 2025,
  targetYear: 2030,
  subjectRegion: 'fixture-city',
  benchmarkRegion: 'fixture-province',
  regions: [
    { id: 'fixture-province', name: { zh: '夹具省', en: 'Fixture Province' }, level: 'province' },
    {
      id: 'fixture-city',
      name: { zh: '夹具市', en: 'Fixture City' },
      level: 'city',
      parent: 'fixture-province',
    },
  ],
  tables: [
    {
      id: 'fixture-table',
      title: { zh: '夹具主要指标', en: 'Fixture main indicators' },
      categories: [
        { id: 'fixture-category', printed: '夹具类', name: { zh: '夹具类', en: 'Fixtures' } },
      ],
      indicators: [
        {
          id: 'fixture-coverage',
          categoryPath: ['fixture-category'],
          printed: '夹具覆盖率（%）',
          name: { zh: '夹具覆盖率', en: 'Fixture coverage' },
          unit: { zh: '%', en: '%', kind: 'percent' },
          direction: 'increase',
          values: {
            subject: { baseline: '60', target: '80' },
            benchmark: { baseline: '50', target: '70' },
          },
        },
        {
          id: 'fixture-count',
          categoryPath: ['fixture-category'],
          printed: '夹具数（个）',
          name: { zh: '夹具数', en: 'Fixtures' },
          unit: { zh: '个', en: 'fixtures', kind: 'count' },
          direction: 'increase',
          values: {
            subject: { baseline: '10', target: '40' },
            benchmark: { baseline: '—', target: '—' },
          },
        },
      ],
    },
  ],
} satisfies PlanInput;
