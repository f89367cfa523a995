import type { DeepReadonly } from '../../_lib/deepFreeze.js';
import type { TableInput } from '../../schema/planInput.js';
import {
  countedWhereItStands,
  enrolmentWhereTheSchoolStands,
  higherEducation,
} from './regionScopes.js';

const schools = { zh: '所', en: 'institutions', kind: 'count' } as const;
const items = { zh: '个', en: 'items', kind: 'count' } as const;
const tenThousandStudents = { zh: '万人', en: '10,000 students', kind: 'amount' } as const;
const percent = { zh: '%', en: '%', kind: 'percent' } as const;
// The vocational table leaves every Inner Mongolia cell blank except two rows.
const noBenchmark = { baseline: '', target: '' } as const;

/** 鄂尔多斯市职业教育发展“十四五”主要指标 (the plan's second table, 第二章第三节). */
export const vocationalTable = {
  id: 'vocational',
  title: {
    zh: '鄂尔多斯市职业教育发展“十四五”主要指标',
    en: 'Ordos vocational education development: main indicators for the 14th Five-Year Plan period',
  },
  footnote: {
    zh: '备注：以上表格中，带*符号表示鄂尔多斯市根据实际增设的指标。',
    en: 'Note: indicators marked * were added by Ordos to suit local conditions.',
  },
  categories: [
    {
      id: 'secondary-vocational',
      printed: '中职教育',
      name: { zh: '中职教育', en: 'Secondary vocational education' },
    },
    {
      id: 'higher-education',
      printed: '高等教育',
      name: { zh: '高等教育', en: 'Higher education' },
    },
    {
      id: 'programme-development',
      printed: '专业建设',
      name: { zh: '专业建设', en: 'Programme (specialty) development' },
    },
    {
      // Printed over two lines: 师资队伍 / 建设.
      id: 'teaching-staff',
      printed: '师资队伍建设',
      name: { zh: '师资队伍建设', en: 'Teaching staff development' },
    },
    { id: 'graduates', printed: '毕业生', name: { zh: '毕业生', en: 'Graduates' } },
    {
      // Printed over two lines: 职业培训 / 人次.
      id: 'vocational-training',
      printed: '职业培训人次',
      name: { zh: '职业培训人次', en: 'Vocational training attendances' },
    },
    {
      id: 'industry-education-integration',
      printed: '产教融合',
      name: { zh: '产教融合', en: 'Industry–education integration' },
    },
    {
      id: 'external-cooperation',
      printed: '对外合作',
      name: { zh: '对外合作', en: 'External cooperation' },
    },
  ],
  indicators: [
    {
      id: 'vocational-general-ratio',
      categoryPath: ['secondary-vocational'],
      printed: '职普比例',
      name: {
        zh: '职普比例',
        en: 'Ratio of vocational to general upper-secondary enrolment',
      },
      unit: { zh: '职：普', en: 'vocational : general', kind: 'ratio', inferred: true },
      direction: 'band',
      band: {
        lower: 40,
        upper: 50,
        ratioPart: 0,
        scoredOn: {
          zh: '中职占比（职普比例的“职”）',
          en: 'The vocational share (first part of the ratio)',
        },
        source: {
          zh: '下限40取自本表2025年目标“40 ：60”；上限50取自正文“促进高中阶段教育职普大体相当”（第三章第三节），为本产品的解读。',
          en: 'The lower end, 40, is the table\'s 2025 target "40 ：60"; the upper end, 50, is our reading of the text\'s "职普大体相当" (vocational and general roughly equal, chapter 3 section 3).',
        },
      },
      values: {
        subject: { baseline: '35 ：65', target: '40 ：60' },
        benchmark: noBenchmark,
      },
      notes: [
        {
          kind: 'inferred',
          text: {
            zh: '表中未印单位；按“职普”顺序读作中职：普高。',
            en: 'The table prints no unit; read in the order of "职普" as vocational : general.',
          },
        },
      ],
    },
    {
      id: 'secondary-vocational-enrolment',
      categoryPath: ['secondary-vocational'],
      printed: '在校生规模（万人）',
      name: { zh: '在校生规模', en: 'Secondary vocational enrolment' },
      unit: tenThousandStudents,
      direction: 'increase',
      values: { subject: { baseline: '1.4', target: '1.7' }, benchmark: noBenchmark },
      regionScope: enrolmentWhereTheSchoolStands,
    },
    {
      id: 'new-secondary-vocational-schools',
      categoryPath: ['secondary-vocational'],
      printed: '新建学校（所）',
      name: { zh: '新建学校', en: 'New secondary vocational schools built' },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '1' }, benchmark: noBenchmark },
      regionScope: countedWhereItStands,
    },
    {
      id: 'regional-quality-secondary-vocational-schools',
      categoryPath: ['secondary-vocational'],
      printed: '自治区中职优质学校（所）',
      name: {
        zh: '自治区中职优质学校',
        en: 'Autonomous-region high-quality secondary vocational schools',
      },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '3' }, benchmark: { baseline: '0', target: '' } },
      regionScope: countedWhereItStands,
    },
    {
      id: 'undergraduate-institutions',
      categoryPath: ['higher-education'],
      printed: '本科院校（所）',
      name: { zh: '本科院校', en: 'Undergraduate institutions' },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '1', target: '2' }, benchmark: noBenchmark },
      regionScope: higherEducation,
    },
    {
      id: 'higher-education-enrolment',
      categoryPath: ['higher-education'],
      printed: '在校生规模（万人）',
      name: { zh: '在校生规模', en: 'Higher education enrolment' },
      unit: tenThousandStudents,
      direction: 'increase',
      values: { subject: { baseline: '1.7', target: '3.4' }, benchmark: noBenchmark },
      regionScope: higherEducation,
    },
    {
      id: 'regional-double-high-colleges',
      categoryPath: ['higher-education'],
      printed: '自治区“双高”院校（所）',
      name: {
        zh: '自治区“双高”院校',
        en: 'Autonomous-region "Double High" vocational colleges',
      },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '1' }, benchmark: noBenchmark },
      regionScope: higherEducation,
    },
    {
      id: 'regional-double-first-class-universities',
      categoryPath: ['higher-education'],
      printed: '自治区“双一流”高校（所）',
      name: {
        zh: '自治区“双一流”高校',
        en: 'Autonomous-region "Double First-Class" universities',
      },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '1' }, benchmark: noBenchmark },
      regionScope: higherEducation,
    },
    {
      id: 'new-higher-vocational-colleges',
      categoryPath: ['higher-education'],
      printed: '新建高职院校（所）',
      name: { zh: '新建高职院校', en: 'New higher vocational colleges built' },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '1' }, benchmark: noBenchmark },
      regionScope: higherEducation,
    },
    {
      id: 'quality-secondary-vocational-programmes',
      categoryPath: ['programme-development'],
      printed: '中职优质专业（个）',
      name: { zh: '中职优质专业', en: 'High-quality secondary vocational programmes' },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '11' }, benchmark: noBenchmark },
    },
    {
      // Printed over two lines: 自治区本科“双一流” / 专业（个）.
      id: 'regional-double-first-class-undergraduate-programmes',
      categoryPath: ['programme-development'],
      printed: '自治区本科“双一流”专业（个）',
      name: {
        zh: '自治区本科“双一流”专业',
        en: 'Autonomous-region "Double First-Class" undergraduate programmes',
      },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '1' }, benchmark: noBenchmark },
      regionScope: higherEducation,
    },
    {
      id: 'regional-high-level-programme-clusters',
      categoryPath: ['programme-development'],
      printed: '自治区高水平专业（群）（个）',
      name: {
        zh: '自治区高水平专业（群）',
        en: 'Autonomous-region high-level programmes (clusters)',
      },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '5', target: '16' }, benchmark: noBenchmark },
    },
    {
      id: 'national-high-level-programme-clusters',
      categoryPath: ['programme-development'],
      printed: '国家高水平专业（群）（个）',
      name: { zh: '国家高水平专业（群）', en: 'National high-level programmes (clusters)' },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '2', target: '5' }, benchmark: noBenchmark },
    },
    {
      // Printed over two lines (双师型教师占专业 / 教师比例（%）) and as two sub-rows, 中职 and 高职.
      id: 'dual-qualified-teachers-share',
      categoryPath: ['teaching-staff'],
      printed: '双师型教师占专业教师比例（%）',
      name: {
        zh: '双师型教师占专业教师比例',
        en: 'Share of "dual-qualified" teachers among specialty teachers',
      },
      unit: percent,
      direction: 'increase',
      parts: [
        { id: 'secondary', label: { zh: '中职', en: 'Secondary vocational' } },
        { id: 'higher', label: { zh: '高职', en: 'Higher vocational' } },
      ],
      values: {
        subject: {
          baseline: { secondary: '中职58', higher: '高职40' },
          target: { secondary: '中职60', higher: '高职70' },
        },
        benchmark: {
          baseline: { secondary: '23.1', higher: '41.3' },
          target: { secondary: '≥50', higher: '≥50' },
        },
      },
      notes: [
        {
          kind: 'ambiguity',
          text: {
            zh: '专栏12写“职院校‘双师型’教师占比达60%”，与本表中职60、高职70不一致，见一致性报告。',
            en: 'Box 12 says the dual-qualified share reaches 60% for vocational colleges, against 60 (secondary) and 70 (higher) in this table; see the consistency report.',
          },
        },
      ],
    },
    {
      id: 'part-time-teachers-share',
      categoryPath: ['teaching-staff'],
      printed: '兼职教师占比（%）',
      name: { zh: '兼职教师占比', en: 'Share of part-time teachers' },
      unit: percent,
      direction: 'increase',
      values: { subject: { baseline: '4.8', target: '＞20' }, benchmark: noBenchmark },
      notes: [
        {
          kind: 'ambiguity',
          text: {
            zh: '本表为“＞20”，专栏12写“兼职教师占比达20%”。',
            en: 'The table says more than 20 (＞20); box 12 says the share reaches 20%.',
          },
        },
      ],
    },
    {
      id: 'graduates-dual-certificate-rate',
      categoryPath: ['graduates'],
      printed: '*中高等职业院校毕业生双证书获取率（%）',
      name: {
        zh: '中高等职业院校毕业生双证书获取率',
        en: 'Share of secondary and higher vocational graduates holding both diploma and vocational certificate',
      },
      unit: percent,
      direction: 'increase',
      values: { subject: { baseline: '80', target: '85' }, benchmark: noBenchmark },
    },
    {
      id: 'non-degree-training-to-enrolment',
      categoryPath: ['vocational-training'],
      printed: '非学历职业教育达到在校生规模',
      name: {
        zh: '非学历职业教育达到在校生规模',
        en: 'Non-degree vocational training relative to enrolment',
      },
      unit: { zh: '倍', en: 'times enrolment', kind: 'amount', inferred: true },
      direction: 'increase',
      values: { subject: { baseline: '0.2', target: '＞2' }, benchmark: noBenchmark },
      notes: [
        {
          kind: 'inferred',
          text: {
            zh: '表中未印单位；专栏12第（7）项写“非学历职业教育达到在校生规模的2倍以上”，故读作在校生规模的倍数（类目为“职业培训人次”）。',
            en: 'The table prints no unit; box 12 measure (7) says non-degree vocational education reaches "more than 2 times" the enrolment, so the value is read as a multiple of enrolment (the category is training attendances, 人次).',
          },
        },
        {
          kind: 'ambiguity',
          text: {
            zh: '本表为“＞2”（大于），专栏12写“2倍以上”（通常含2）。',
            en: 'The table says "＞2" (strictly more); box 12 says "2倍以上" (2 or more, as usually read).',
          },
        },
      ],
    },
    {
      id: 'vocational-education-groups',
      categoryPath: ['industry-education-integration'],
      printed: '职教集团（产教联盟）（个）',
      name: {
        zh: '职教集团（产教联盟）',
        en: 'Vocational education groups (industry–education alliances)',
      },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '8', target: '18' }, benchmark: noBenchmark },
    },
    {
      id: 'comprehensive-training-bases',
      categoryPath: ['industry-education-integration'],
      printed: '综合实训基地（个）',
      name: { zh: '综合实训基地', en: 'Comprehensive practical training bases' },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '-', target: '3' }, benchmark: noBenchmark },
    },
    {
      id: 'modern-industry-colleges',
      categoryPath: ['industry-education-integration'],
      printed: '现代产业学院（所）',
      name: { zh: '现代产业学院', en: 'Modern industry colleges' },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '-', target: '4' }, benchmark: noBenchmark },
    },
    {
      id: 'in-region-partner-institutions',
      categoryPath: ['external-cooperation'],
      printed: '区内合作院校（所）',
      name: { zh: '区内合作院校', en: 'Partner institutions within Inner Mongolia' },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '-', target: '10' }, benchmark: noBenchmark },
    },
    {
      id: 'out-of-region-partner-institutions',
      categoryPath: ['external-cooperation'],
      printed: '区外合作院校（所）',
      name: { zh: '区外合作院校', en: 'Partner institutions outside Inner Mongolia' },
      unit: schools,
      direction: 'increase',
      values: { subject: { baseline: '-', target: '15' }, benchmark: noBenchmark },
    },
  ],
} as const satisfies DeepReadonly<TableInput>;
