import type {
  CuratedFinding,
  FindingOverride,
  ListClaim,
  PlanClaim,
  SumCheck,
  TableCell,
} from '../../schema/consistencySources.js';
import type { OrdosLinks } from './ordosLinks.js';

/** 附表1 说明, the plan's count of its own projects. */
export const planClaim = {
  text: '说明：20个项目工程共包含22个实施方案95项工作举措。',
  line: 1168,
  projects: 20,
  implementationPlans: 22,
  measures: 95,
} satisfies PlanClaim;

/** Lists the plan counts as it names them; each item is a target. */
export const listClaims = [
  {
    id: 'double-reduction-three-hundred-percents',
    text: '“三个百分百”',
    line: 685,
    count: 3,
    targetIds: ['T-C3S1-3', 'T-C3S1-4', 'T-C3S1-5'],
  },
  {
    id: 'seven-ones-activities',
    text: '“七个一”活动',
    line: 716,
    count: 7,
    targetIds: [
      'T-P07-M3-1',
      'T-P07-M3-2',
      'T-P07-M3-3',
      'T-P07-M3-4',
      'T-P07-M3-5',
      'T-P07-M3-6',
      'T-P07-M3-7',
    ],
  },
  {
    id: 'seven-hundreds-actions',
    text: '“七个100行动”',
    line: 831,
    count: 7,
    targetIds: [
      'T-P13-M1-1',
      'T-P13-M1-2',
      'T-P13-M1-3',
      'T-P13-M1-4',
      'T-P13-M1-5',
      'T-P13-M1-6',
      'T-P13-M1-7',
    ],
  },
  {
    id: 'three-ones-project',
    text: '“三个一”工程',
    line: 842,
    count: 3,
    targetIds: ['T-C3S4-10', 'T-C3S4-11', 'T-C3S4-12'],
  },
] satisfies ListClaim[];

/**
 * The lines of the table cells that findings quote (the Ordos 2020 and 2025
 * columns); `consistency.test.ts` checks each against the plan text.
 */
export const tableCells = [
  { indicator: 'preschool-enrolment-rate', column: 'baseline', line: 77 },
  { indicator: 'preschool-enrolment-rate', column: 'target', line: 79 },
  { indicator: 'compulsory-education-retention-rate', column: 'baseline', line: 84 },
  { indicator: 'compulsory-education-retention-rate', column: 'target', line: 86 },
  { indicator: 'upper-secondary-gross-enrolment-rate', column: 'baseline', line: 91 },
  { indicator: 'upper-secondary-gross-enrolment-rate', column: 'target', line: 93 },
  { indicator: 'quality-balanced-counties-share', column: 'baseline', line: 98 },
  { indicator: 'quality-balanced-counties-share', column: 'target', line: 100 },
  { indicator: 'public-kindergarten-enrolment-share', column: 'target', line: 107 },
  { indicator: 'inclusive-kindergarten-coverage', column: 'baseline', line: 112 },
  { indicator: 'inclusive-kindergarten-coverage', column: 'target', line: 114 },
  { indicator: 'student-myopia-rate', column: 'baseline', line: 133 },
  { indicator: 'student-myopia-rate', column: 'target', line: 135 },
  { indicator: 'school-bandwidth', column: 'target', line: 177 },
  { indicator: 'online-courses-per-100k-students', column: 'target', line: 191 },
  { indicator: 'vocational-general-ratio', column: 'baseline', line: 211 },
  { indicator: 'vocational-general-ratio', column: 'target', line: 213 },
  { indicator: 'secondary-vocational-enrolment', column: 'baseline', line: 218 },
  { indicator: 'secondary-vocational-enrolment', column: 'target', line: 220 },
  { indicator: 'higher-education-enrolment', column: 'baseline', line: 246 },
  { indicator: 'higher-education-enrolment', column: 'target', line: 248 },
  { indicator: 'dual-qualified-teachers-share', part: 'secondary', column: 'target', line: 310 },
  { indicator: 'dual-qualified-teachers-share', part: 'higher', column: 'target', line: 317 },
  { indicator: 'part-time-teachers-share', column: 'target', line: 324 },
  { indicator: 'non-degree-training-to-enrolment', column: 'target', line: 340 },
  { indicator: 'vocational-education-groups', column: 'baseline', line: 345 },
  { indicator: 'vocational-education-groups', column: 'target', line: 347 },
  { indicator: 'regular-exercise-share', column: 'target', line: 404 },
  { indicator: 'sports-ground-area-per-capita', column: 'baseline', line: 409 },
  { indicator: 'sports-ground-area-per-capita', column: 'target', line: 411 },
  { indicator: 'physical-fitness-standard-pass-rate', column: 'target', line: 418 },
  { indicator: 'national-sports-parks', column: 'target', line: 425 },
  { indicator: 'national-first-grade-referees', column: 'baseline', line: 465 },
  { indicator: 'national-first-grade-referees', column: 'target', line: 467 },
  { indicator: 'national-second-grade-referees', column: 'baseline', line: 474 },
  { indicator: 'national-second-grade-referees', column: 'target', line: 476 },
  { indicator: 'traditional-sports-schools', column: 'target', line: 491 },
  { indicator: 'reserve-talent-bases', column: 'baseline', line: 524 },
  { indicator: 'reserve-talent-bases', column: 'target', line: 526 },
  { indicator: 'sports-industry-gdp-share', column: 'target', line: 546 },
] satisfies OrdosLinks<TableCell[]>;

/** Numbers the plan states beside each other that must add up. */
export const sumChecks = [
  {
    id: 'preschool-baseline',
    title: {
      zh: '学前三年毛入园率98.5%与表中2020年值',
      en: 'Preschool enrolment 98.5% and the table’s 2020 value',
    },
    parts: [{ fact: 'B-C1S1-4' }],
    whole: { indicator: 'preschool-enrolment-rate', value: 'baseline' },
    relation: 'equals',
  },
  {
    id: 'preschool-gap',
    title: {
      zh: '学前三年毛入园率高于自治区4.1个百分点',
      en: 'Preschool enrolment 4.1 points above Inner Mongolia',
    },
    parts: [{ fact: 'B-C1S1-6' }],
    whole: { indicator: 'preschool-enrolment-rate', value: 'baseline-gap' },
    relation: 'equals',
  },
  {
    id: 'inclusive-kindergarten-baseline',
    title: {
      zh: '普惠性幼儿园覆盖率86%与表中2020年值',
      en: 'Affordable kindergarten coverage 86% and the table’s 2020 value',
    },
    parts: [{ fact: 'B-C1S1-5' }],
    whole: { indicator: 'inclusive-kindergarten-coverage', value: 'baseline' },
    relation: 'equals',
  },
  {
    id: 'inclusive-kindergarten-gap',
    title: {
      zh: '普惠性幼儿园覆盖率高于自治区0.5个百分点',
      en: 'Affordable kindergarten coverage 0.5 points above Inner Mongolia',
    },
    parts: [{ fact: 'B-C1S1-7' }],
    whole: { indicator: 'inclusive-kindergarten-coverage', value: 'baseline-gap' },
    relation: 'equals',
  },
  {
    id: 'retention-baseline',
    title: {
      zh: '九年义务教育巩固率96.5%与表中2020年值',
      en: 'Retention rate 96.5% and the table’s 2020 value',
    },
    parts: [{ fact: 'B-C1S1-8' }],
    whole: { indicator: 'compulsory-education-retention-rate', value: 'baseline' },
    relation: 'equals',
  },
  {
    id: 'retention-gap',
    title: {
      zh: '九年义务教育巩固率高于自治区3.5个百分点',
      en: 'Retention rate 3.5 points above Inner Mongolia',
    },
    parts: [{ fact: 'B-C1S1-9' }],
    whole: { indicator: 'compulsory-education-retention-rate', value: 'baseline-gap' },
    relation: 'equals',
  },
  {
    id: 'upper-secondary-baseline',
    title: {
      zh: '高中阶段毛入学率98.5%与表中2020年值',
      en: 'Upper-secondary enrolment 98.5% and the table’s 2020 value',
    },
    parts: [{ fact: 'B-C1S1-10' }],
    whole: { indicator: 'upper-secondary-gross-enrolment-rate', value: 'baseline' },
    relation: 'equals',
  },
  {
    id: 'upper-secondary-gap',
    title: {
      zh: '高中阶段毛入学率高于自治区3.9个百分点',
      en: 'Upper-secondary enrolment 3.9 points above Inner Mongolia',
    },
    parts: [{ fact: 'B-C1S1-11' }],
    whole: { indicator: 'upper-secondary-gross-enrolment-rate', value: 'baseline-gap' },
    relation: 'equals',
  },
  {
    id: 'sports-ground-baseline',
    title: {
      zh: '人均体育场地面积2.95平方米与表中2020年值',
      en: 'Sports ground area 2.95 m² and the table’s 2020 value',
    },
    parts: [{ fact: 'B-C1S1-3' }],
    whole: { indicator: 'sports-ground-area-per-capita', value: 'baseline' },
    relation: 'equals',
  },
  {
    id: 'reserve-talent-bases-baseline',
    title: {
      zh: '国家级1个、自治区级4个后备人才基地与表中2020年值',
      en: 'One national and four regional reserve-talent bases, and the table’s 2020 value',
    },
    parts: [{ fact: 'B-C1S1-15' }, { fact: 'B-C1S1-16' }],
    whole: { indicator: 'reserve-talent-bases', value: 'baseline' },
    relation: 'equals',
  },
  {
    id: 'vocational-enrolment-over-50000',
    title: {
      zh: '职业教育在校生规模超过5万人与表中中职、高等教育在校生之和',
      en: 'Vocational enrolment over 50,000, and the table’s secondary vocational plus higher education enrolment',
    },
    parts: [
      { indicator: 'secondary-vocational-enrolment', value: 'target' },
      { indicator: 'higher-education-enrolment', value: 'target' },
    ],
    whole: { target: 'T-C2S3-10' },
    relation: 'satisfies',
  },
  {
    id: 'additional-students-20000',
    title: {
      zh: '新增服务主导产业链的在校生2万人与表中在校生增量之和',
      en: '20,000 additional students, and the table’s increases in enrolment',
    },
    parts: [
      { indicator: 'secondary-vocational-enrolment', value: 'increase' },
      { indicator: 'higher-education-enrolment', value: 'increase' },
    ],
    whole: { target: 'T-C3S3-1' },
    relation: 'satisfies',
  },
  {
    id: 'weak-links-investment',
    title: {
      zh: '规划投入6.69亿元与6.22亿元、0.47亿元之和',
      en: 'The planned 669 million yuan, and the 622 million plus 47 million of its parts',
    },
    parts: [{ target: 'T-P19-M2-1' }, { target: 'T-P19-M3-1' }],
    whole: { target: 'T-P19-M1-1' },
    relation: 'equals',
  },
] satisfies OrdosLinks<SumCheck[]>;

/** Contradictions that need a human reading of the text to see. */
export const curatedFindings = [
  {
    id: 'F-referees-second-grade-or-above',
    kind: 'table-vs-text',
    severity: 'high',
    title: {
      zh: '国家二级以上裁判员：正文1000人，表中国家二级1800人、一级180人',
      en: 'National second-grade-or-higher referees: 1,000 in the text, 1,800 second-grade and 180 first-grade in the table',
    },
    readings: [
      { target: 'T-C2S3-19' },
      { indicator: 'national-second-grade-referees', column: 'target' },
      { indicator: 'national-first-grade-referees', column: 'target' },
      { indicator: 'national-second-grade-referees', column: 'baseline' },
      { indicator: 'national-first-grade-referees', column: 'baseline' },
    ],
    explanation: {
      zh: '二级以上合计应为1800+180=1980人，五年增量为600+60=660人，均非1000人。',
      en: 'Second grade or higher should total 1,800 + 180 = 1,980 in 2025, and the five-year increase is 600 + 60 = 660; neither is 1,000. The two agree only if 1,000 counts referees trained (培养), some of them more than once or without certification, which the plan does not say.',
    },
    projects: [],
  },
  {
    id: 'F-reserve-bases-and-traditional-schools',
    kind: 'table-vs-text',
    severity: 'medium',
    title: {
      zh: '后备人才基地和体育传统项目学校：正文合计60所以上，表中传统特色学校60所、后备人才基地7个',
      en: 'Reserve-talent bases and traditional-sports schools: 60 or more together in the text, 60 schools plus 7 bases in the table',
    },
    readings: [
      { target: 'T-C2S3-18' },
      { target: 'T-C3S4-13' },
      { indicator: 'traditional-sports-schools', column: 'target' },
      { indicator: 'reserve-talent-bases', column: 'target' },
    ],
    explanation: {
      zh: '正文把基地和学校合在一起，共用一个“60”的下限；表中仅体育传统特色学校就有60所，另有基地7个（合计67）。正文对学校的称呼也不同（体育传统项目学校，表中为体育传统特色学校）。',
      en: 'The text counts bases and schools together against one floor of 60; the table has 60 体育传统特色学校 alone and 7 bases besides (67 together). The text also names the schools differently (体育传统项目学校, traditional-sports-project schools, against 体育传统特色学校).',
    },
  },
  {
    id: 'F-vocational-general-ratio',
    kind: 'table-vs-text',
    severity: 'medium',
    title: {
      zh: '职普比例：正文“职普大体相当”，表中2025年40：60',
      en: 'Vocational to general ratio: “roughly equal” in the text, 40 : 60 in the table',
    },
    readings: [
      {
        text: '推进中等职业教育和普通高中教育协调发展，促进高中阶段教育职普大体相当',
        line: 788,
        label: { zh: '职普比例', en: 'Vocational to general ratio' },
      },
      { indicator: 'vocational-general-ratio', column: 'target' },
      { indicator: 'vocational-general-ratio', column: 'baseline' },
    ],
    explanation: {
      zh: '“大体相当”可理解为约50∶50；表中目标是由35∶65提高到40∶60。评分时把中职占比按40至50的区间对待，两端都算达到。',
      en: '大体相当 ("roughly equal") reads as about 50 : 50; the table aims at 40 : 60 from 35 : 65. @plan/indicators scores the row as a band from 40 to 50 on the vocational share, taking both ends.',
    },
  },
  {
    id: 'F-industry-education-alliances',
    kind: 'ambiguity',
    severity: 'low',
    title: {
      zh: '产教联盟：专栏12重点培育10个，表中职教集团（产教联盟）2025年18个',
      en: 'Industry–education alliances: 10 to cultivate in 专栏12, 18 in the table for 2025',
    },
    readings: [
      { target: 'T-P12-M4-1' },
      { indicator: 'vocational-education-groups', column: 'target' },
      { indicator: 'vocational-education-groups', column: 'baseline' },
    ],
    explanation: {
      zh: '若10个是在2020年8个之外新增的联盟（8＋10＝18），两处一致；若10是应达到的总数，两处不一致。“重点培育”也可能指18个中有10个得到重点支持。',
      en: 'The two agree if the 10 are new alliances on top of the 8 of 2020 (8 + 10 = 18); they disagree if 10 is the number to have. 重点培育 ("cultivate as a priority") may also mean 10 of the 18 get special support.',
    },
    projects: [12],
  },
  {
    id: 'F-teacher-training-budget-range',
    kind: 'ambiguity',
    severity: 'medium',
    title: {
      zh: '教师培训经费“不低于教师工资总额的1-2%”',
      en: 'Teacher-training budget “not less than 1-2% of total teacher pay”',
    },
    readings: [
      { target: 'T-C4S3-1' },
      {
        description: {
          zh: '读作下限1%',
          en: 'Read as a floor of 1%, with 2% as the upper end of the usual range',
        },
        value: 1,
        comparator: 'gte',
      },
      {
        description: { zh: '读作下限2%', en: 'Read as a floor of 2%' },
        value: 2,
        comparator: 'gte',
      },
    ],
    explanation: {
      zh: '“不低于”后面跟的是一个区间，下限究竟是1%还是2%不明确。目标清单按1%至2%之间记录。',
      en: '不低于 ("not less than") stands before a range, so the floor is either 1% or 2%. The targets list records it as between 1% and 2%.',
    },
  },
  {
    id: 'F-football-schools-201',
    kind: 'text-vs-text',
    severity: 'medium',
    title: {
      zh: '201所足球特色学校：第一章为国家级、自治区级，专栏7为国家级',
      en: '201 football schools: national and regional in chapter 1, national in 专栏7',
    },
    readings: [{ fact: 'B-C1S1-17' }, { fact: 'B-P07-M2-1' }],
    explanation: {
      zh: '第一章所说的201所是国家级和自治区级足球特色学校、幼儿园的合计；专栏7却把这201所称为国家级。专栏7“再增加50所自治区级以上”的基数取决于采用哪种说法。',
      en: 'Chapter 1 counts 201 football schools and kindergartens at national and regional level together; 专栏7 calls the same 201 national-level. 专栏7’s 50 more regional-or-higher schools build on whichever it is.',
    },
    projects: [7],
  },
  {
    id: 'F-preschool-gross-enrolment-name',
    kind: 'name-mismatch',
    severity: 'low',
    title: {
      zh: '学前三年毛入园率（正文）与学前三年入园率（表）',
      en: 'Preschool gross enrolment rate (text) and preschool enrolment rate (table)',
    },
    readings: [
      { target: 'T-C2S3-1' },
      { fact: 'B-C1S1-4' },
      { indicator: 'preschool-enrolment-rate', column: 'target' },
    ],
    explanation: {
      zh: '正文写“毛入园率”，表中写“入园率”；两处数值一致（2020年98.5，2025年99），因此按同一指标对待。',
      en: 'The text says 毛入园率 (gross enrolment rate) where the table says 入园率; the values agree (98.5 in 2020, 99 in 2025), so both are read as one indicator.',
    },
  },
  {
    id: 'F-school-bandwidth-name',
    kind: 'name-mismatch',
    severity: 'low',
    title: {
      zh: '学校平均接入带宽（专栏15，G）与校均网络出口带宽（表，Mbps/校）',
      en: 'Average school access bandwidth (专栏15, in G) and average school egress bandwidth (table, Mbps per school)',
    },
    readings: [{ target: 'T-P15-M2-3' }, { indicator: 'school-bandwidth', column: 'target' }],
    explanation: {
      zh: '正文说的是接入带宽，表中是出口带宽，单位也不同。按1G＝1000Mbps视为同一数量，两处都是5000Mbps（正文为下限）。',
      en: 'The text speaks of access (接入) bandwidth, the table of egress (出口) bandwidth, in different units. Read as one quantity with 1 G = 1000 Mbps, they agree on 5000 Mbps (the text as a floor).',
    },
    projects: [15],
  },
] satisfies OrdosLinks<CuratedFinding[]>;

/** Our reading of findings that `checkConsistency` derives. */
export const findingOverrides = {
  'F-indicator-quality-balanced-counties-share': {
    severity: 'medium',
    explanation: {
      zh: '55.6%即9个旗区中的5个；专栏9写作56%（5个），第二章写作一半以上。',
      en: '55.6% is 5 of the nine 旗区 (5 ÷ 9); 专栏9 rounds the same 5 to 56%, and 一半以上 (half or more) in chapter 2 is a floor that 5 of 9 meets. All three mean 5 旗区 but print three numbers; score against 5 of 9.',
    },
  },
  'F-indicator-dual-qualified-teachers-share': {
    explanation: {
      zh: '专栏12对“职院校”（很可能指职业院校，即中职和高职合在一起）只给出一个比例；表中则分为中职60、高职70。正文与中职一致，对高职的要求低10个百分点。',
      en: '专栏12 gives one share for 职院校 (most likely 职业院校, secondary and higher vocational together); the table splits it into 中职60 and 高职70. The text agrees with the 中职 part and asks 10 points less of 高职.',
    },
  },
  'F-indicator-student-myopia-rate': {
    explanation: {
      zh: '从2020年的58%起每年下降0.5个百分点，2025年应不高于55.5%；表中的56%只相当于每年下降0.4个百分点。正文的要求更严，但只是“力争”，且说的是全体儿童青少年，而不是中小学生。',
      en: 'At 0.5 points a year from 58% in 2020 the rate must be 55.5% or lower in 2025; the table’s 56% allows 0.4 points a year. The text is the stricter reading, but only striven for (力争), and it speaks of all children and adolescents rather than primary and secondary students.',
    },
  },
  'F-indicator-part-time-teachers-share': {
    explanation: {
      zh: '恰好20%时，按专栏12（达20%）算达到，按表中（＞20）算未达到。',
      en: 'Exactly 20% meets 专栏12 (达20%) and fails the table (＞20).',
    },
  },
  'F-indicator-non-degree-training-to-enrolment': {
    explanation: {
      zh: '恰好为在校生数的2倍时，按专栏12（2倍以上）算达到，按表中（＞2）算未达到。',
      en: 'Exactly twice the enrolment meets 专栏12 (2倍以上) and fails the table (＞2).',
    },
  },
  'F-indicator-sports-industry-gdp-share': {
    explanation: {
      zh: '“左右”允许略低于1.4%；表中印的是1.4，没有浮动。',
      en: '左右 ("about") allows a little under 1.4%; the table prints 1.4 flat.',
    },
  },
  'F-numbering-box-6': {
    explanation: {
      zh: '专栏6在（1）（2）之后有两段未编号的心理健康内容（强化心理健康教育…、持续推进心理健康教育特色学校创建…）。它们位于专栏之内、专栏结束的空行之前，因此计为该专栏的第3、4项举措；若把它们看作第六部分的正文，该专栏只有2项举措，全规划为89项。',
      en: 'After (1) and (2), 专栏6 has two unnumbered paragraphs on mental health (强化心理健康教育…, 持续推进心理健康教育特色学校创建…). They sit inside the box, before the blank lines that close it, and are counted as its measures 3 and 4; read as prose of section 六 instead, the box has 2 measures and the plan 89.',
    },
  },
  'F-numbering-headings': {
    explanation: {
      zh: '一章中只有最后一节印了“第四节”时，前三节按第一节至第三节读取。',
      en: 'Where only the last section of a chapter prints 第四节, the first three are read as 第一节 to 第三节.',
    },
  },
  'F-claim-measures': {
    explanation: {
      zh: '专栏的段落无论怎样计数都得不到95：共有91段（其中77段印有序号；若专栏6的两段未编号内容不算在专栏内则为89段）。把含多项内容的举措拆开计数则会远多于95。这一数字可能来自专栏不同的某一稿。',
      en: 'No count of the boxes’ paragraphs gives 95: there are 91 (77 of them with a printed number; 89 if 专栏6’s two unnumbered paragraphs are not the box’s). Splitting multi-part measures would give many more than 95. The claim may count a draft with other boxes.',
    },
  },
} satisfies Record<string, FindingOverride>;
