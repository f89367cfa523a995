import {
  DataNote,
  Direction,
  RegionJudged,
  RegionLevel,
  TargetComparator,
  UnitKind,
} from '@plan/indicators';
import { BaselineFactInput, TargetKind } from '@plan/projects';
import type { Amendment } from '../amendments/amendment.js';
import { PLAN_FILE_FORMAT } from '../planFile.js';

/** The sheets of a plan workbook that hold data, in the order they are written. */
export type SheetId =
  | 'plan'
  | 'regions'
  | 'tables'
  | 'categories'
  | 'indicators'
  | 'parts'
  | 'dataNotes'
  | 'outline'
  | 'projects'
  | 'measures'
  | 'targets'
  | 'baselines'
  | 'amendments'
  | 'succession';
/** The sheets with one row per item (all but the plan sheet's key/value rows). */
export type RowSheetId = Exclude<SheetId, 'plan'>;

/**
 * How a cell is written and read. `text` keeps what is typed as text (a
 * printed value "98.5" stays a string); `cell` is a printed table cell: text,
 * or for a split row a JSON object of one text per part; `json` is any JSON.
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'boolean' | 'cell' | 'json';

/** A list a cell's value must come from: fixed words, or the ids in a column of another sheet. */
export type ColumnList = readonly string[] | { sheet: SheetId; key: string };

export type ColumnSpec = {
  /** The dotted path of the field inside the row's object, and the header's second word. */
  key: string;
  /** The header's first word, in Chinese. */
  zh: string;
  type: ColumnType;
  list?: ColumnList;
  /** What an empty cell means when not "field left out": `''` for printed cells, null for measure numbers. */
  blank?: '' | null;
};

export type SheetSpec<Id extends SheetId = SheetId> = {
  id: Id;
  /** The sheet's name in the workbook: Chinese and English. */
  name: string;
  about: { zh: string; en: string };
  columns: ColumnSpec[];
  /** The template's example row, by column key. */
  example: Record<string, unknown>;
};

/** The four printed cells of an indicator row (and of each of its parts): region, then baseline or target. */
export const VALUE_CELLS = [
  ['subject', 'baseline'],
  ['subject', 'target'],
  ['benchmark', 'baseline'],
  ['benchmark', 'target'],
] as const;

/** The column that holds, as JSON, whatever fields of a row no other column holds. */
export const EXTRA_COLUMN: ColumnSpec = { key: 'extra', zh: '其他', type: 'json' };
/** The first column of every row sheet: 示例 marks an example row, which is never read. */
export const EXAMPLE_MARK = '示例';
export const EXAMPLE_COLUMN_HEADER = `${EXAMPLE_MARK} example`;

const booleans = ['TRUE', 'FALSE'] as const;
const regionIds = { sheet: 'regions', key: 'id' } as const;
const tableIds = { sheet: 'tables', key: 'id' } as const;
const indicatorIds = { sheet: 'indicators', key: 'id' } as const;
const projectNumbers = { sheet: 'projects', key: 'number' } as const;
const amendmentKinds = [
  'target',
  'baseline',
  'definition',
] as const satisfies readonly Amendment['kind'][];

const text = (key: string, zh: string, list?: ColumnList): ColumnSpec =>
  list ? { key, zh, type: 'text', list } : { key, zh, type: 'text' };
const integer = (key: string, zh: string, list?: ColumnList): ColumnSpec =>
  list ? { key, zh, type: 'integer', list } : { key, zh, type: 'integer' };
const number = (key: string, zh: string): ColumnSpec => ({ key, zh, type: 'number' });
const boolean = (key: string, zh: string): ColumnSpec => ({
  key,
  zh,
  type: 'boolean',
  list: booleans,
});
const localized = (key: string, zh: string): ColumnSpec[] => [
  text(`${key}.zh`, `${zh}（中文）`),
  text(`${key}.en`, `${zh}（英文）`),
];
const printedCell = (key: string, zh: string): ColumnSpec => ({
  key,
  zh,
  type: 'cell',
  blank: '',
});

/**
 * The plan's metadata, one field a row (key, value). `projects.outline.annexLine`
 * and `succession.predecessor` live here too, as the one field of their part
 * that is not a list.
 */
export const PLAN_FIELDS: SheetSpec<'plan'> = {
  id: 'plan',
  name: '规划 Plan',
  about: {
    zh: '规划的基本信息：每行一个字段，在“值 value”列填写。地区编号须在“地区 Regions”表中。',
    en: "The plan's metadata, one field a row: fill in the value column. Region ids must be in the Regions sheet.",
  },
  columns: [
    text('format', '格式', [PLAN_FILE_FORMAT]),
    text('id', '规划编号'),
    ...localized('title', '规划名称'),
    text('issuer', '发布地区', regionIds),
    integer('period.start', '起始年'),
    integer('period.end', '终止年'),
    integer('baselineYear', '基期年'),
    integer('targetYear', '目标年'),
    text('subjectRegion', '规划地区', regionIds),
    text('benchmarkRegion', '对照地区', regionIds),
    integer('projects.outline.annexLine', '附表所在行'),
    text('succession.predecessor', '上一期规划编号'),
  ],
  example: {
    format: PLAN_FILE_FORMAT,
    id: 'example-city-education-2026-2030',
    'title.zh': '示例市“十五五”教育发展规划',
    'title.en': 'Example City 15th Five-Year Plan for Education',
    issuer: 'example-city',
    'period.start': 2026,
    'period.end': 2030,
    baselineYear: 2025,
    targetYear: 2030,
    subjectRegion: 'example-city',
    benchmarkRegion: 'example-province',
    'projects.outline.annexLine': 400,
    'succession.predecessor': 'example-city-education-2021-2025',
  },
};

/** The sheets with one row per item, in the order they are written after the plan sheet. */
export const ROW_SHEETS: readonly SheetSpec<RowSheetId>[] = [
  {
    id: 'regions',
    name: '地区 Regions',
    about: {
      zh: '规划涉及的地区：规划地区、对照地区及其下辖旗区。上级地区填编号。',
      en: 'The regions of the plan: the subject, the benchmark and the districts under them. Parent is a region id.',
    },
    columns: [
      text('id', '编号'),
      ...localized('name', '名称'),
      text('level', '级别', RegionLevel.options),
      text('parent', '上级地区', regionIds),
      text('divisionCode', '行政区划代码'),
    ],
    example: {
      id: 'example-city',
      'name.zh': '示例市',
      'name.en': 'Example City',
      level: 'city',
      parent: 'example-province',
      divisionCode: '150600',
    },
  },
  {
    id: 'tables',
    name: '表 Tables',
    about: {
      zh: '规划的指标表，按印刷顺序。',
      en: "The plan's indicator tables, in printed order.",
    },
    columns: [text('id', '编号'), ...localized('title', '表名'), ...localized('footnote', '表注')],
    example: {
      id: 'education',
      'title.zh': '示例市教育发展主要指标',
      'title.en': 'Example City education: main indicators',
    },
  },
  {
    id: 'categories',
    name: '分类 Categories',
    about: {
      zh: '指标表中的分类（如“学前教育”）。上级路径为空表示顶层分类；子分类写上级分类的编号路径，用“/”分隔，如 basic/quality。',
      en: 'The categories of a table (such as 学前教育). An empty parent path is a top-level category; a subcategory gives the ids of its parents joined by "/", e.g. basic/quality.',
    },
    columns: [
      text('table', '所在表', tableIds),
      text('parentPath', '上级路径'),
      text('id', '编号'),
      text('printed', '印刷文字'),
      ...localized('name', '名称'),
    ],
    example: {
      table: 'education',
      id: 'preschool',
      printed: '学前教育',
      'name.zh': '学前教育',
      'name.en': 'Preschool education',
    },
  },
  {
    id: 'indicators',
    name: '指标 Indicators',
    about: {
      zh: '每行一个指标，按表中顺序。分类路径写分类编号，用“/”分隔。基期值、目标值照原表印刷文字填写（如“≥95”“40 ：60”），原表空白则留空。分项指标（如中职、高职）的数值在“分项 Parts”表中填写，这里留空。地区评估范围：each-region（各旗区分别评估，默认）或 subject-only（只评估全市整体，如达标旗区比例）；各地区可相加指旗区数值之和即全市数值（如公园、学校数），二者均须写明依据。',
      en: 'One indicator a row, in table order. The category path is category ids joined by "/". Baselines and targets are the cells exactly as printed (≥95, 40 ：60); leave a cell empty where the table prints nothing. For an indicator split into parts (中职, 高职) give the values in the Parts sheet and leave them empty here. Region scope: each-region (each district judged on its own, the default) or subject-only (the subject region as a whole, such as a share of districts); additive when the districts’ values add up to the subject region’s (parks, schools); give the reason for either.',
    },
    columns: [
      text('table', '所在表', tableIds),
      text('id', '编号'),
      text('categoryPath', '分类路径'),
      text('printed', '印刷名称'),
      ...localized('name', '指标名称'),
      text('unit.zh', '单位（中文）'),
      text('unit.en', '单位（英文）'),
      text('unit.kind', '单位类型', UnitKind.options),
      boolean('unit.inferred', '单位系推断'),
      text('direction', '方向', Direction.options),
      printedCell('values.subject.baseline', '规划地区基期值'),
      printedCell('values.subject.target', '规划地区目标值'),
      printedCell('values.benchmark.baseline', '对照地区基期值'),
      printedCell('values.benchmark.target', '对照地区目标值'),
      number('band.lower', '区间下限'),
      number('band.upper', '区间上限'),
      integer('band.ratioPart', '比例的计分分项'),
      ...localized('band.scoredOn', '区间计量对象'),
      ...localized('band.source', '区间依据'),
      text('regionScope.judged', '地区评估范围', RegionJudged.options),
      boolean('regionScope.additive', '各地区可相加'),
      ...localized('regionScope.reason', '范围依据'),
    ],
    example: {
      table: 'education',
      id: 'preschool-enrolment-rate',
      categoryPath: 'preschool',
      printed: '学前三年毛入园率（%）',
      'name.zh': '学前三年毛入园率',
      'name.en': 'Gross preschool enrolment rate (three years)',
      'unit.zh': '%',
      'unit.en': '%',
      'unit.kind': 'percent',
      direction: 'increase',
      'values.subject.baseline': '90',
      'values.subject.target': '≥95',
      'values.benchmark.baseline': '88',
      'values.benchmark.target': '≥92',
      'regionScope.judged': 'each-region',
    },
  },
  {
    id: 'parts',
    name: '分项 Parts',
    about: {
      zh: '分项指标的各分项（如“双师型”教师的中职、高职），每行一个分项，按顺序；四个数值照原表印刷文字填写。',
      en: 'The parts of a split indicator (中职 and 高职 of the dual-qualified teachers), one part a row, in order; the four values are the cells as printed.',
    },
    columns: [
      text('indicator', '指标编号', indicatorIds),
      text('id', '分项编号'),
      ...localized('label', '分项名称'),
      text('values.subject.baseline', '规划地区基期值'),
      text('values.subject.target', '规划地区目标值'),
      text('values.benchmark.baseline', '对照地区基期值'),
      text('values.benchmark.target', '对照地区目标值'),
    ],
    example: {
      indicator: 'dual-qualified-teachers-share',
      id: 'secondary',
      'label.zh': '中职',
      'label.en': 'Secondary vocational',
      'values.subject.baseline': '中职50',
      'values.subject.target': '中职60',
    },
  },
  {
    id: 'dataNotes',
    name: '数据说明 DataNotes',
    about: {
      zh: '对数据的说明（推断、歧义、来源）。指标编号为空的说明属于整个规划。',
      en: 'Remarks on the data (an inference, an ambiguity, a source). A remark with no indicator id is about the whole plan.',
    },
    columns: [
      text('indicator', '指标编号', indicatorIds),
      text('kind', '类型', DataNote.shape.kind.options),
      ...localized('text', '说明'),
    ],
    example: {
      indicator: 'preschool-enrolment-rate',
      kind: 'source',
      'text.zh': '基期值取自2025年统计公报。',
      'text.en': 'The baseline is from the 2025 statistical bulletin.',
    },
  },
  {
    id: 'outline',
    name: '纲要 Outline',
    about: {
      zh: '规划正文的章、节、目及其所在行。章行只填“章”；节行填“章”“节”；目行填“章”“节”“目”。',
      en: 'The chapters, sections and subsections of the text with their lines. A chapter row fills chapter; a section row chapter and section; a subsection row all three.',
    },
    columns: [
      integer('chapter', '章'),
      integer('section', '节'),
      integer('subsection', '目'),
      boolean('numberPrinted', '印有序号'),
      text('printed', '印刷标题'),
      ...localized('title', '标题'),
      integer('line', '所在行'),
    ],
    example: {
      chapter: 3,
      section: 1,
      numberPrinted: true,
      printed: '第一节 推进学前教育普及普惠',
      'title.zh': '推进学前教育普及普惠',
      'title.en': 'Universal, affordable preschool education',
      line: 120,
    },
  },
  {
    id: 'projects',
    name: '项目 Projects',
    about: {
      zh: '重大项目工程（附表）及其专栏，按编号顺序。',
      en: 'The major projects (the annex table) and their boxes (专栏), in order of number.',
    },
    columns: [
      integer('number', '编号'),
      ...localized('name', '项目名称'),
      integer('annexLine', '附表所在行'),
      text('box.printed', '专栏印刷标题'),
      text('box.title', '专栏标题'),
      integer('box.line', '专栏所在行'),
    ],
    example: {
      number: 1,
      'name.zh': '学前教育普惠工程',
      'name.en': 'Affordable preschool project',
      annexLine: 402,
      'box.printed': '专栏1  学前教育普惠工程',
      'box.title': '学前教育普惠工程',
      'box.line': 125,
    },
  },
  {
    id: 'measures',
    name: '举措 Measures',
    about: {
      zh: '专栏中的工作举措，每行一条，按顺序；序号照印刷填写（如“（1）”），未印序号则留空。',
      en: 'The measures of each box, one a row, in order; the number as printed, e.g. （1）, empty where none is printed.',
    },
    columns: [
      integer('project', '项目编号', projectNumbers),
      { key: 'number', zh: '印刷序号', type: 'text', blank: null },
      text('text', '原文'),
      text('summary.en', '英文摘要'),
      integer('line', '所在行'),
      integer('endLine', '结束行'),
    ],
    example: {
      project: 1,
      number: '（1）',
      text: '新建改扩建公办幼儿园10所。',
      'summary.en': 'Build or extend 10 public kindergartens.',
      line: 126,
    },
  },
  {
    id: 'targets',
    name: '目标 Targets',
    about: {
      zh: '正文和专栏中的量化目标。专栏举措中的目标填项目编号和举措序次（第几条，从1起）；正文中的目标两者留空并填所在行。',
      en: 'The quantified targets of the text and the boxes. A target of a measure gives the project number and the measure position (1 for the first); a target of the prose leaves both empty and gives its line.',
    },
    columns: [
      integer('project', '项目编号', projectNumbers),
      integer('measure', '举措序次'),
      text('id', '编号'),
      text('kind', '类型', TargetKind.options),
      ...localized('metric', '计量对象'),
      text('text', '原文'),
      text('comparator', '比较', TargetComparator.options),
      number('value', '数值'),
      number('upper', '上限'),
      text('printedValue', '印刷数值'),
      ...localized('unit', '单位'),
      integer('line', '所在行'),
      integer('deadline.year', '完成年'),
      text('deadline.date', '完成日期'),
      text('indicatorId', '指标编号', indicatorIds),
      text('indicatorPart', '指标分项'),
      number('indicatorScale', '换算系数'),
      boolean('aspirational', '力争'),
      ...localized('per', '每单位'),
      integer('unitCount', '单位数'),
      text('change', '每年变化方向', ['increase', 'decrease']),
      ...localized('note', '备注'),
    ],
    example: {
      project: 1,
      measure: 1,
      id: 'T-P01-M1-1',
      kind: 'cumulative',
      'metric.zh': '新建改扩建公办幼儿园',
      'metric.en': 'Public kindergartens built or extended',
      text: '新建改扩建公办幼儿园10所',
      comparator: 'eq',
      value: 10,
      printedValue: '10',
      'unit.zh': '所',
      'unit.en': 'kindergartens',
    },
  },
  {
    id: 'baselines',
    name: '基线 Baselines',
    about: {
      zh: '正文中陈述的已有成绩或起点（非目标）。',
      en: 'Past achievements or starting points the text states (not targets).',
    },
    columns: [
      text('id', '编号'),
      ...localized('metric', '计量对象'),
      text('text', '原文'),
      number('value', '数值'),
      text('printedValue', '印刷数值'),
      ...localized('unit', '单位'),
      integer('year', '年份'),
      boolean('yearInferred', '年份系推断'),
      text('states', '陈述内容', BaselineFactInput.shape.states.options),
      integer('line', '所在行'),
      text('indicatorId', '指标编号', indicatorIds),
      ...localized('note', '备注'),
    ],
    example: {
      id: 'B-C1S1-1',
      'metric.zh': '学前三年毛入园率',
      'metric.en': 'Gross preschool enrolment rate',
      text: '学前三年毛入园率达90%',
      value: 90,
      printedValue: '90',
      'unit.zh': '%',
      'unit.en': '%',
      year: 2025,
      yearInferred: true,
      states: 'value',
      line: 20,
    },
  },
  {
    id: 'amendments',
    name: '调整 Amendments',
    about: {
      zh: '规划发布后的调整（规划调整、中期调整）：新的目标值、基期值或指标口径，自生效日起适用。原因只填中文时按原文记录。',
      en: 'Changes decided after the plan was issued: a new target, baseline or definition, in force from the effective date. A reason in Chinese only is kept as the document words it.',
    },
    columns: [
      text('id', '编号'),
      text('kind', '类型', amendmentKinds),
      text('indicatorId', '指标编号', indicatorIds),
      text('targetId', '项目目标编号'),
      text('region', '地区', regionIds),
      text('effectiveDate', '生效日期'),
      { key: 'value', zh: '新值', type: 'cell' },
      ...localized('definition', '新口径'),
      ...localized('name', '新名称'),
      ...localized('reason', '调整原因'),
      text('decidedBy.title', '调整文件'),
      text('decidedBy.number', '文号'),
      text('decidedBy.date', '发文日期'),
      text('decidedBy.url', '文件网址'),
      text('recordedAt', '录入时间'),
    ],
    example: {
      id: 'raise-preschool-target',
      kind: 'target',
      indicatorId: 'preschool-enrolment-rate',
      effectiveDate: '2028-07-01',
      value: '≥96',
      'reason.zh': '中期评估后上调目标。',
      'decidedBy.title': '关于示例市“十五五”教育发展规划中期调整的通知',
    },
  },
  {
    id: 'succession',
    name: '衔接 Succession',
    about: {
      zh: '与上一期规划相衔接的指标：上一期规划中的指标编号与本规划中的指标编号。上一期规划编号填在“规划 Plan”表。',
      en: 'Indicators continued from the predecessor plan: the id in that plan and the id here. The predecessor plan id is in the Plan sheet.',
    },
    columns: [
      text('from', '上一期指标编号'),
      text('to', '本期指标编号', indicatorIds),
      text('note', '说明'),
    ],
    example: {
      from: 'preschool-enrolment-rate',
      to: 'preschool-enrolment-rate',
      note: '口径不变。',
    },
  },
];
