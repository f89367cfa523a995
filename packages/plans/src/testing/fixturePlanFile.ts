// A plan file for tests: every figure, name and line is invented, and the
// plan says so in its title and notes. It differs from the Ordos plan on
// purpose (years, regions, benchmark, tables, project count, value shapes),
// so a test that passes with both proves nothing is wired to Ordos. Read from
// source through the @plan/source condition, never built or shipped.
import { deepFreeze } from '@plan/indicators';
import type { PlanFileInput } from '../planFile.js';

const percent = { zh: '%', en: '%', kind: 'percent' } as const;
const places = { zh: '个', en: 'places', kind: 'count' } as const;
const squareMetres = { zh: '平方米', en: 'm²', kind: 'amount' } as const;
const noBenchmark = { baseline: '—', target: '—' } as const;

/** Builds one heading of the fixture outline. */
const heading = (number: number, printed: string, zh: string, en: string, line: number) => ({
  number,
  numberPrinted: true,
  printed,
  title: { zh, en },
  line,
});

/**
 * 测试用规划（虚构数据）: a fixture plan with invented figures, never a real
 * plan. 2026–2030 (baseline 2025) for an invented city with two sub-regions,
 * benchmarked against an invented province; two tables of six indicators
 * (a percentage with ≥, a count, a ratio scored on a band, a split row with
 * parts, a decrease-is-better rate with ≤, an amount with 左右); three
 * projects with measures and targets; one amendment (the preschool target
 * raised from 2028-07-01, by an invented document); and succession links to
 * two indicators of the Ordos 2021–2025 plan.
 */
export const fixturePlanFile: Readonly<PlanFileInput> = deepFreeze<PlanFileInput>({
  format: 'plan-file/1',
  id: 'fixture-plan-2026-2030',
  title: {
    zh: '测试用规划（虚构数据）',
    en: 'Test fixture plan (invented figures)',
  },
  issuer: 'fixture-city',
  period: { start: 2026, end: 2030 },
  baselineYear: 2025,
  targetYear: 2030,
  subjectRegion: 'fixture-city',
  benchmarkRegion: 'fixture-province',
  notes: [
    {
      kind: 'source',
      text: {
        zh: '本规划为测试夹具，所有数字、名称和行号均为虚构，不代表任何真实规划。',
        en: 'A test fixture: every figure, name and line number is invented; it is not any real plan.',
      },
    },
  ],
  regions: [
    { id: 'fixture-province', name: { zh: '虚构省', en: 'Fixture Province' }, level: 'province' },
    {
      id: 'fixture-city',
      name: { zh: '虚构市', en: 'Fixture City' },
      level: 'city',
      parent: 'fixture-province',
    },
    {
      id: 'fixture-east-district',
      name: { zh: '虚构市东区', en: 'Fixture East District' },
      level: 'district',
      parent: 'fixture-city',
    },
    {
      id: 'fixture-west-county',
      name: { zh: '虚构市西县', en: 'Fixture West County' },
      level: 'county',
      parent: 'fixture-city',
    },
  ],
  tables: [
    {
      id: 'fixture-education',
      title: {
        zh: '虚构市教育发展主要指标（测试用，虚构数据）',
        en: 'Fixture City education: main indicators (test fixture, invented figures)',
      },
      footnote: {
        zh: '备注：带*符号表示虚构市增设的指标。',
        en: 'Note: indicators marked * were added by Fixture City.',
      },
      categories: [
        {
          id: 'fixture-basic-education',
          printed: '基础教育',
          name: { zh: '基础教育', en: 'Basic education' },
        },
        {
          id: 'fixture-vocational-education',
          printed: '*职业教育',
          name: { zh: '职业教育', en: 'Vocational education' },
        },
      ],
      indicators: [
        {
          id: 'fixture-preschool-enrolment-rate',
          categoryPath: ['fixture-basic-education'],
          printed: '学前教育毛入园率（%）',
          name: { zh: '学前教育毛入园率', en: 'Preschool gross enrolment rate' },
          unit: percent,
          direction: 'increase',
          values: {
            subject: { baseline: '92.5', target: '≥96.0' },
            benchmark: { baseline: '90.1', target: '≥95.0' },
          },
        },
        {
          id: 'fixture-new-school-places',
          categoryPath: ['fixture-basic-education'],
          printed: '新增学位数（个）',
          name: { zh: '新增学位数', en: 'New school places' },
          unit: places,
          direction: 'increase',
          values: {
            subject: { baseline: '—', target: '5000' },
            benchmark: noBenchmark,
          },
        },
        {
          id: 'fixture-vocational-general-ratio',
          categoryPath: ['fixture-vocational-education'],
          printed: '职普比例',
          name: {
            zh: '职普比例',
            en: 'Ratio of vocational to general upper-secondary enrolment',
          },
          unit: { zh: '职：普', en: 'vocational : general', kind: 'ratio' },
          direction: 'band',
          band: {
            lower: 40,
            upper: 50,
            ratioPart: 0,
            scoredOn: { zh: '中职占比', en: 'The vocational share (first part)' },
            source: {
              zh: '虚构：下限取自目标值，上限为测试设定。',
              en: 'Invented: the lower end is the target, the upper end set for the tests.',
            },
          },
          values: {
            subject: { baseline: '38：62', target: '45：55' },
            benchmark: noBenchmark,
          },
        },
        {
          id: 'fixture-dual-qualified-teachers-share',
          categoryPath: ['fixture-vocational-education'],
          printed: '双师型教师占专业教师比例（%）',
          name: {
            zh: '双师型教师占专业教师比例',
            en: 'Share of dual-qualified teachers among specialty teachers',
          },
          unit: percent,
          direction: 'increase',
          parts: [
            { id: 'secondary', label: { zh: '中职', en: 'Secondary vocational' } },
            { id: 'higher', label: { zh: '高职', en: 'Higher vocational' } },
          ],
          values: {
            subject: {
              baseline: { secondary: '中职48', higher: '高职35' },
              target: { secondary: '中职55', higher: '高职50' },
            },
            benchmark: {
              baseline: { secondary: '45.0', higher: '40.2' },
              target: { secondary: '≥50', higher: '≥50' },
            },
          },
        },
      ],
    },
    {
      id: 'fixture-health',
      title: {
        zh: '虚构市学生健康主要指标（测试用，虚构数据）',
        en: 'Fixture City student health: main indicators (test fixture, invented figures)',
      },
      categories: [
        {
          id: 'fixture-student-health',
          printed: '学生健康',
          name: { zh: '学生健康', en: 'Student health' },
        },
      ],
      indicators: [
        {
          id: 'fixture-myopia-rate',
          categoryPath: ['fixture-student-health'],
          printed: '儿童青少年总体近视率（%）',
          name: {
            zh: '儿童青少年总体近视率',
            en: 'Overall myopia rate of children and adolescents',
          },
          unit: percent,
          direction: 'decrease',
          values: {
            subject: { baseline: '54.0', target: '≤48.0' },
            benchmark: { baseline: '55.3', target: '—' },
          },
        },
        {
          id: 'fixture-sports-ground-area',
          categoryPath: ['fixture-student-health'],
          printed: '人均体育场地面积（平方米）',
          name: { zh: '人均体育场地面积', en: 'Sports ground area per person' },
          unit: squareMetres,
          direction: 'increase',
          values: {
            subject: { baseline: '2.40', target: '3左右' },
            benchmark: { baseline: '2.61', target: '—' },
          },
        },
      ],
    },
  ],
  projects: {
    outline: {
      annexLine: 60,
      chapters: [
        {
          ...heading(1, '第一章  发展基础', '发展基础', 'Foundations', 3),
          sections: [
            {
              ...heading(1, '第一节  发展成就', '发展成就', 'Achievements', 4),
              subsections: [],
            },
          ],
        },
        {
          ...heading(2, '第二章  总体要求', '总体要求', 'General requirements', 10),
          sections: [
            {
              ...heading(1, '第一节  主要目标', '主要目标', 'Main targets', 11),
              subsections: [],
            },
          ],
        },
        {
          ...heading(3, '第三章  重点任务', '重点任务', 'Key tasks', 20),
          sections: [
            {
              ...heading(1, '第一节  办好学校', '办好学校', 'Good schools', 21),
              subsections: [
                heading(1, '一、扩大学位供给', '扩大学位供给', 'More school places', 22),
                heading(2, '二、提升职业教育', '提升职业教育', 'Better vocational education', 30),
              ],
            },
            {
              ...heading(2, '第二节  健康体魄', '健康体魄', 'Healthy bodies', 40),
              subsections: [heading(1, '一、促进体质健康', '促进体质健康', 'Physical health', 41)],
            },
          ],
        },
      ],
    },
    projects: [
      {
        number: 1,
        name: { zh: '学位扩容工程', en: 'School places project' },
        annexLine: 61,
        box: { printed: '专栏1  学位扩容工程', title: '学位扩容工程', line: 24 },
        measures: [
          {
            number: '（1）',
            text: '新建、改扩建中小学和幼儿园20所，新增学位5000个。',
            summary: { en: 'Build or extend 20 schools and kindergartens, adding 5000 places.' },
            line: 25,
            targets: [
              {
                id: 'T-P01-M1-1',
                kind: 'cumulative',
                metric: { zh: '新建、改扩建中小学和幼儿园', en: 'Schools built or extended' },
                text: '新建、改扩建中小学和幼儿园20所',
                comparator: 'eq',
                value: 20,
                printedValue: '20',
                unit: { zh: '所', en: 'schools' },
              },
              {
                id: 'T-P01-M1-2',
                kind: 'cumulative',
                metric: { zh: '新增学位', en: 'New school places' },
                text: '新增学位5000个',
                comparator: 'eq',
                value: 5000,
                printedValue: '5000',
                unit: { zh: '个', en: 'places' },
                indicatorId: 'fixture-new-school-places',
              },
            ],
          },
          {
            number: '（2）',
            text: '到2028年，学前教育毛入园率达到95%以上。',
            summary: { en: 'A preschool gross enrolment rate of 95% or more by 2028.' },
            line: 26,
            targets: [
              {
                id: 'T-P01-M2-1',
                kind: 'level',
                metric: { zh: '学前教育毛入园率', en: 'Preschool gross enrolment rate' },
                text: '学前教育毛入园率达到95%以上',
                comparator: 'gte',
                value: 95,
                printedValue: '95',
                unit: { zh: '%', en: '%' },
                deadline: { year: 2028 },
                indicatorId: 'fixture-preschool-enrolment-rate',
              },
            ],
          },
        ],
      },
      {
        number: 2,
        name: { zh: '职业教育提质工程', en: 'Vocational education quality project' },
        annexLine: 62,
        box: { printed: '专栏2  职业教育提质工程', title: '职业教育提质工程', line: 32 },
        measures: [
          {
            number: '（1）',
            text: '每个区县至少建成1个产教融合实训基地。',
            summary: {
              en: 'At least one industry–education training base in each district or county.',
            },
            line: 33,
            targets: [
              {
                id: 'T-P02-M1-1',
                kind: 'per-unit',
                metric: { zh: '产教融合实训基地', en: 'Industry–education training bases' },
                text: '每个区县至少建成1个产教融合实训基地',
                comparator: 'gte',
                value: 1,
                printedValue: '1',
                unit: { zh: '个', en: 'bases' },
                per: { zh: '每个区县', en: 'each district or county' },
                unitCount: 2,
              },
            ],
          },
          {
            number: '（2）',
            text: '中职学校“双师型”教师占比达到55%。',
            summary: { en: 'Dual-qualified teachers at 55% in secondary vocational schools.' },
            line: 34,
            targets: [
              {
                id: 'T-P02-M2-1',
                kind: 'level',
                metric: { zh: '“双师型”教师占比', en: 'Share of dual-qualified teachers' },
                text: '中职学校“双师型”教师占比达到55%',
                comparator: 'eq',
                value: 55,
                printedValue: '55',
                unit: { zh: '%', en: '%' },
                indicatorId: 'fixture-dual-qualified-teachers-share',
                indicatorPart: 'secondary',
              },
            ],
          },
        ],
      },
      {
        number: 3,
        name: { zh: '学生体质健康促进工程', en: 'Student physical health project' },
        annexLine: 63,
        box: { printed: '专栏3  学生体质健康促进工程', title: '学生体质健康促进工程', line: 43 },
        measures: [
          {
            number: '（1）',
            text: '儿童青少年总体近视率平均每年至少下降1个百分点。',
            summary: { en: 'Cut the overall myopia rate by at least one percentage point a year.' },
            line: 44,
            targets: [
              {
                id: 'T-P03-M1-1',
                kind: 'pace',
                metric: { zh: '儿童青少年总体近视率', en: 'Overall myopia rate' },
                text: '儿童青少年总体近视率平均每年至少下降1个百分点',
                comparator: 'gte',
                value: 1,
                printedValue: '1',
                unit: { zh: '个百分点', en: 'percentage points' },
                per: 'year',
                change: 'decrease',
                indicatorId: 'fixture-myopia-rate',
              },
            ],
          },
          {
            number: '（2）',
            text: '新建社区健身场地12处。',
            summary: { en: 'Build 12 community fitness grounds.' },
            line: 45,
            targets: [
              {
                id: 'T-P03-M2-1',
                kind: 'cumulative',
                metric: { zh: '社区健身场地', en: 'Community fitness grounds' },
                text: '新建社区健身场地12处',
                comparator: 'eq',
                value: 12,
                printedValue: '12',
                unit: { zh: '处', en: 'grounds' },
              },
            ],
          },
        ],
      },
    ],
    proseTargets: [
      {
        id: 'T-C2S1-1',
        kind: 'level',
        metric: { zh: '人均体育场地面积', en: 'Sports ground area per person' },
        text: '人均体育场地面积达到3平方米左右',
        comparator: 'about',
        value: 3,
        printedValue: '3',
        unit: { zh: '平方米', en: 'm²' },
        line: 12,
        indicatorId: 'fixture-sports-ground-area',
      },
    ],
    baselines: [
      {
        id: 'B-C1S1-1',
        metric: { zh: '学前教育毛入园率', en: 'Preschool gross enrolment rate' },
        text: '学前教育毛入园率达到92.5%',
        value: 92.5,
        printedValue: '92.5',
        unit: { zh: '%', en: '%' },
        year: 2025,
        yearInferred: false,
        states: 'value',
        line: 5,
        indicatorId: 'fixture-preschool-enrolment-rate',
      },
    ],
  },
  // An invented mid-term amendment (中期调整), so tests can show a judgement change on its date.
  amendments: [
    {
      id: 'fixture-raise-preschool-target',
      kind: 'target',
      indicatorId: 'fixture-preschool-enrolment-rate',
      value: '≥97.0',
      effectiveDate: '2028-07-01',
      reason: { zh: '测试用理由（虚构）', en: 'A reason invented for tests' },
      decidedBy: {
        title: '测试用规划中期调整文件（虚构）',
        number: '测试〔2028〕1号',
        date: '2028-06-15',
      },
    },
  ],
  succession: {
    predecessor: 'ordos-education-sports-2021-2025',
    links: [
      {
        from: 'preschool-enrolment-rate',
        to: 'fixture-preschool-enrolment-rate',
        note: 'Fixture link (invented): the same measure continued.',
      },
      { from: 'student-myopia-rate', to: 'fixture-myopia-rate' },
    ],
  },
});
