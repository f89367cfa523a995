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
