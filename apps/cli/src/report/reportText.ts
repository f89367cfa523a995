import type { Lang } from '../_lib/localize.js';
import { type TextIn, textIn } from '../assessment/assessmentText.js';

type Finding = 'high' | 'medium' | 'low';
type Kind =
  | 'table-vs-text'
  | 'text-vs-text'
  | 'comparator-mismatch'
  | 'count-claim'
  | 'name-mismatch'
  | 'numbering'
  | 'sum-mismatch'
  | 'ambiguity';

/**
 * Every word of the report around the plan's own text, one entry per key in
 * both languages. Chinese headings follow the usage of Chinese plan mid-term
 * evaluations; English is our translation.
 */
export const REPORT_TEXT = {
  reportTitle: {
    zh: (title: string, illustrative: boolean) =>
      `${title}中期评估报告${illustrative ? '（含示例数据）' : ''}`,
    en: (title: string, illustrative: boolean) =>
      `Mid-term evaluation report: ${title}${illustrative ? ' (with illustrative data)' : ''}`,
  },
  /** The title of a report as of a date after the plan's end, which holds its final evaluation. */
  finalReportTitle: {
    zh: (title: string, illustrative: boolean) =>
      `${title}总结评估报告${illustrative ? '（含示例数据）' : ''}`,
    en: (title: string, illustrative: boolean) =>
      `Final evaluation report: ${title}${illustrative ? ' (with illustrative data)' : ''}`,
  },
  /** The title of a document of a report kind (the kind's time base names the year or the as-of day). */
  kindTitle: {
    zh: (title: string, kind: 'annual' | 'midterm' | 'final', period: string) =>
      kind === 'annual'
        ? `${title}${period}年度监测报告`
        : kind === 'midterm'
          ? `${title}中期评估报告`
          : `${title}总结评估报告`,
    en: (title: string, kind: 'annual' | 'midterm' | 'final', period: string) =>
      kind === 'annual'
        ? `Annual monitoring report ${period}: ${title}`
        : kind === 'midterm'
          ? `Mid-term evaluation report: ${title}`
          : `Final evaluation report: ${title}`,
  },
  withIllustrative: { zh: '（含示例数据）', en: ' (with illustrative data)' },
  cover: {
    zh: {
      unit: '填报单位',
      kind: '报告类型',
      period: '评估期间',
      asOf: '评估截至',
      issued: '报告日期',
      notGiven: '（未填写）',
    },
    en: {
      unit: 'Reporting unit',
      kind: 'Report kind',
      period: 'Period covered',
      asOf: 'As of',
      issued: 'Date of issue',
      notGiven: '(not given)',
    },
  },
  /** A day as a document writes it: 2025年12月31日. */
  day: {
    zh: (day: string) =>
      `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`,
    en: (day: string) => day,
  },
  dayRange: {
    zh: (from: string, to: string) => `${from}至${to}`,
    en: (from: string, to: string) => `${from} to ${to}`,
  },
  tableNumber: { zh: (n: number) => `表${n}`, en: (n: number) => `Table ${n}` },
  figureNumber: { zh: (n: number) => `图${n}`, en: (n: number) => `Figure ${n}` },
  sourceLine: {
    zh: (sources: string) => `数据来源：${sources}`,
    en: (sources: string) => `Source: ${sources}`,
  },
  /** What each section's tables and figures rest on, for their source lines. */
  sourcesOf: {
    zh: {
      planTables: '规划指标表（基期值、目标值）',
      observations: (names: string) => `观测数据（${names}）`,
      noObservations: '无基期后观测数据',
      districtTargets: '录入的本地区目标',
      projects: '规划附表1（重大项目工程）及正文、专栏所列量化目标',
      tracking: '工作举措进展填报、责任分工和目标数值（截至评估日）',
      consistency: '规划文本与指标表（本工具的一致性检查）',
      methods: '同上观测数据，五种评估方法',
    },
    en: {
      planTables: 'the plan’s indicator tables (bases and targets)',
      observations: (names: string) => `observations (${names})`,
      noObservations: 'no observations after the base',
      districtTargets: 'the district targets entered',
      projects: 'Annex 1 of the plan (major projects) and the targets in its text and boxes',
      tracking:
        'measure reports, the responsibility list and target figures (up to the as-of date)',
      consistency: 'the plan text and its tables (this tool’s consistency check)',
      methods: 'the same observations, by five methods',
    },
  },
  /** Source ids as readers know them; any other source is named as it was imported. */
  sourceNames: {
    zh: { demo: '示例数据', plan: '规划文本' } as Record<string, string>,
    en: { demo: 'illustrative demo data', plan: 'the plan text' } as Record<string, string>,
  },
  narrativeHeading: { zh: '成效、问题与下一步', en: 'Achievements, problems and next steps' },
  draftMark: { zh: '（草稿）', en: ' (draft)' },
  draftNote: {
    zh: '标注“草稿”的部分由系统根据上述数据生成，仅列数据所示的数量、名称和数值，供撰写人修改完善；撰写人在系统中保存所写文字后，报告即使用所写文字。',
    en: 'Parts marked "draft" were generated from the figures above (counts, names and numbers only) for the author to edit; once an author saves written text in the system, the report uses it.',
  },
  exceeded: { zh: '超额完成', en: 'exceeded' },
  uncapped: {
    zh: (share: string) => `实际完成${share}`,
    en: (share: string) => `uncapped ${share}`,
  },
  percentPoints: { zh: '个百分点', en: ' pp' },
  subtitle: {
    zh: '规划年度执行情况监测和中期评估',
    en: 'Annual monitoring and mid-term evaluation of the plan (规划年度执行情况监测和中期评估)',
  },
  asOf: { zh: '评估截至', en: 'As of' },
  region: { zh: '评估地区', en: 'Region' },
  period: { zh: '规划期', en: 'Plan period' },
  generatedBy: {
    zh: '由 plan 命令行工具根据数据库中的观测数据生成',
    en: 'Generated by the plan command-line tool from the observations in the database',
  },
  contents: { zh: '目录', en: 'Contents' },
  chartsElsewhere: { zh: '（图表见 HTML 版。）', en: '(The charts are in the HTML version.)' },
  illustrativeBanner: {
    zh: '示例数据：本报告含示例数据（来源“demo”），仅用于演示本工具，不是官方统计，不得作为评估结论引用。凡来自示例数据的数值均以“† 示例”标出。',
    en: 'ILLUSTRATIVE DATA: this report includes illustrative demo figures (示例数据, source "demo"). They only show how the tool works, are not official statistics, and must not be cited as findings. Every figure from demo data is marked "† illustrative".',
  },
  officialBanner: {
    zh: '数据口径：仅使用官方数据；示例数据（demo）未计入。',
    en: 'Data: official figures only; illustrative demo figures are excluded.',
  },
  illustrativeTag: { zh: '示例', en: 'illustrative' },
  illustrativeNote: {
    zh: '† 示例数据，非官方统计',
    en: '† illustrative demo figure, not an official statistic',
  },
  noFigures: {
    zh: '截至评估日没有该地区的观测数据：各项指标均为“无数据”。',
    en: 'There are no observations for this region up to the as-of date: every indicator is "no data".',
  },
  sections: {
    zh: {
      summary: '一、总体情况',
      indicators: '二、主要指标完成情况',
      methods: '三、评估方法比较',
      projects: '四、重大项目工程与目标节点',
      consistency: '五、规划一致性检查',
      data: '六、数据时效与来源',
      notes: '七、评估说明',
    },
    en: {
      summary: '1. Overview',
      indicators: '2. Main indicators',
      methods: '3. Methods compared',
      projects: '4. Major projects and milestones',
      consistency: '5. Plan consistency',
      data: '6. Data age and sources',
      notes: '7. Notes on the method',
    },
  },
  /** The workbook's sheets, in their order. */
  sheets: {
    zh: {
      about: '说明',
      overview: '总体情况',
      indicators: '主要指标',
      methods: '方法比较',
      measures: '工作举措',
      milestones: '目标节点',
      consistency: '一致性检查',
      checks: '检查项',
      sources: '数据来源',
      age: '数据时效',
    },
    en: {
      about: 'About',
      overview: 'Overview',
      indicators: 'Indicators',
      methods: 'Methods',
      measures: 'Measures',
      milestones: 'Milestones',
      consistency: 'Consistency',
      checks: 'Checks',
      sources: 'Sources',
      age: 'Data age',
    },
  },
  kpiIndicators: { zh: '指标总数', en: 'Indicators' },
  kpiAssessed: { zh: '已评估', en: 'Assessed' },
  kpiMissing: { zh: '无数据', en: 'No data' },
  kpiElapsed: { zh: '时序进度', en: 'Time elapsed' },
  summaryLead: {
    zh: (n: number, elapsed: string) =>
      `规划主要指标共${n}项。截至评估日，规划期已过${elapsed}（时序进度）。各项指标按完成进度与时序进度之比判定状态：`,
    en: (n: number, elapsed: string) =>
      `The plan has ${n} main indicators. On the as-of date ${elapsed} of the plan period has elapsed (时序进度). Each indicator's status compares its completion with the time elapsed:`,
  },
  statusCounts: { zh: '指标完成状态统计', en: 'Indicators by status' },
  status: { zh: '状态', en: 'Status' },
  count: { zh: '项数', en: 'Indicators' },
  share: { zh: '占比', en: 'Share' },
  byTable: { zh: '分表统计', en: 'By table' },
  table: { zh: '指标表', en: 'Table' },
  total: { zh: '合计', en: 'Total' },
  indicatorsCount: { zh: '指标数', en: 'Indicators' },
  chartStatusCounts: { zh: '按状态统计的指标数', en: 'Indicators by status' },
  chartByTable: { zh: '各指标表的状态构成', en: 'Statuses in each table' },
  indicator: { zh: '指标', en: 'Indicator' },
  /** The other language's name of an indicator, in the workbook. */
  indicatorOther: { zh: '英文名称（译）', en: 'Indicator (zh, as printed)' },
  category: { zh: '类别', en: 'Category' },
  unit: { zh: '单位', en: 'Unit' },
  baseline: { zh: (year: number) => `${year}年`, en: (year: number) => `${year}` },
  target: { zh: (year: number) => `${year}年目标`, en: (year: number) => `${year} target` },
  latest: { zh: '最新值', en: 'Latest' },
  time: { zh: '时间', en: 'Time' },
  completion: { zh: '完成进度', en: 'Completion' },
  timeProgress: { zh: '时序进度', en: 'Time elapsed' },
  source: { zh: '来源', en: 'Source' },
  progressChart: {
    zh: (table: string) => `${table}：完成进度（条）与时序进度（竖线）`,
    en: (table: string) => `${table}: completion (bars) against time elapsed (ticks)`,
  },
  progressAxis: {
    zh: '完成进度（条）与时序进度（竖线）；条越过竖线为快于预期',
    en: 'Completion (bar) against time elapsed (tick); a bar past its tick is ahead of schedule',
  },
  methodsLead: {
    zh: '同一数据用五种公开方法评估，以便相互印证：时序进度法（我国规划中期评估通行做法）、Open SDG 进展法（加拿大统计局 / sdg-build）、联合国统计司 2023 进展图法、德国可持续发展战略天气符号法、SDSN 可持续发展报告仪表盘法。',
    en: 'The same data assessed by five published methods, so that each can be checked against the others: time-progress (the practice of Chinese plan mid-term evaluations), open-sdg (Statistics Canada / sdg-build), the UN Statistics Division Progress Chart 2023, the German Sustainable Development Strategy weather symbols, and the SDSN Sustainable Development Report dashboards.',
  },
  methodCounts: { zh: '各方法的状态统计', en: 'Statuses by method' },
  method: { zh: '方法', en: 'Method' },
  methodMatrix: { zh: '逐项指标的各方法评估结果', en: 'Each indicator by each method' },
  chartMethods: { zh: '各方法的状态构成', en: 'Statuses by method' },
  projectsLead: {
    zh: (projects: number, targets: number) =>
      `规划附表1列重大项目工程${projects}项；规划正文和专栏共有量化目标${targets}个。能以指标数据衡量的水平类目标按目标节点判定状态，其余列出备查。`,
    en: (projects: number, targets: number) =>
      `Annex 1 of the plan lists ${projects} major projects; the text and its boxes state ${targets} quantified targets. Levels that an indicator measures are judged as milestones; the rest are listed for reference.`,
  },
  projectTable: { zh: '重大项目工程', en: 'Major projects' },
  project: { zh: '项目工程', en: 'Project' },
  measures: { zh: '工作举措', en: 'Measures' },
  measureNumber: { zh: '序号', en: 'No.' },
  measureText: { zh: '工作举措（原文）', en: 'Measure (plan text)' },
  measureSummary: { zh: '英文摘要（译）', en: 'Summary' },
  targets: { zh: '量化目标', en: 'Targets' },
  judged: { zh: '可用指标数据判定', en: 'Judged from indicator data' },
  deadlines: { zh: '期限', en: 'Deadlines' },
  chartProjects: {
    zh: '各项目工程的工作举措与量化目标数',
    en: 'Measures and quantified targets per project',
  },
  milestonesTitle: { zh: '目标节点（按期限）', en: 'Milestones by deadline' },
  deadline: { zh: '期限', en: 'Deadline' },
  deadlineInferred: { zh: '未写明，按规划期末', en: 'not stated; the plan’s end' },
  deadlineInferredColumn: { zh: '期限为推定', en: 'Deadline inferred' },
  where: { zh: '出处', en: 'Stated in' },
  targetText: { zh: '目标（原文）', en: 'Target (plan text)' },
  value: { zh: '目标值', en: 'Value' },
  linkedIndicator: { zh: '对应指标', en: 'Indicator' },
  notJudged: { zh: '不以指标数据判定', en: 'not judged from indicator data' },
  /** The legend entry of a milestone not judged (title case in English, as a status). */
  notJudgedStatus: { zh: '不以指标数据判定', en: 'Not judged from indicator data' },
  notJudgedRegion: {
    zh: '全市目标，不按本地区判定',
    en: 'a city target, not judged for this region',
  },
  chartMilestones: { zh: '各期限的目标节点状态', en: 'Milestone statuses by deadline' },
  prose: {
    zh: (chapter: number | undefined, section: number | undefined) =>
      `正文${chapter ? `第${chapter}章` : ''}${section ? `第${section}节` : ''}`,
    en: (chapter: number | undefined, section: number | undefined) =>
      `Text${chapter ? `, chapter ${chapter}` : ''}${section ? `, section ${section}` : ''}`,
  },
  box: { zh: (number: number) => `专栏${number}`, en: (number: number) => `Box ${number}` },
  consistencyLead: {
    zh: (findings: number, checks: number, agrees: number) =>
      `对规划文本与指标表的一致性做了${checks}项检查，其中${agrees}项一致；共发现${findings}处不一致或有歧义之处，按严重程度列出（说明为我方判读）。`,
    en: (findings: number, checks: number, agrees: number) =>
      `${checks} checks of the plan text against its tables, ${agrees} of which agree; ${findings} places where the plan disagrees with itself or can be read two ways, by severity (the explanations are our reading).`,
  },
  findingsTitle: { zh: '不一致与歧义之处', en: 'Disagreements and ambiguities' },
  severity: { zh: '严重程度', en: 'Severity' },
  severities: {
    zh: { high: '高', medium: '中', low: '低' },
    en: { high: 'high', medium: 'medium', low: 'low' },
  } satisfies Record<Lang, Record<Finding, string>>,
  kind: { zh: '类别', en: 'Kind' },
  kinds: {
    zh: {
      'table-vs-text': '表与正文不一致',
      'text-vs-text': '正文前后不一致',
      'comparator-mismatch': '比较符不一致',
      'count-claim': '计数不符',
      'name-mismatch': '名称不一致',
      numbering: '编号问题',
      'sum-mismatch': '分项与合计不符',
      ambiguity: '表述有歧义',
    },
    en: {
      'table-vs-text': 'table vs text',
      'text-vs-text': 'text vs text',
      'comparator-mismatch': 'comparator',
      'count-claim': 'count',
      'name-mismatch': 'name',
      numbering: 'numbering',
      'sum-mismatch': 'sum',
      ambiguity: 'ambiguity',
    },
  } satisfies Record<Lang, Record<Kind, string>>,
  finding: { zh: '问题', en: 'Finding' },
  readings: { zh: '各处表述', en: 'Readings' },
  line: {
    zh: (line: number) => `原文第${line}行`,
    en: (line: number) => `line ${line} of the plan text`,
  },
  explanation: { zh: '说明', en: 'Explanation' },
  chartFindings: { zh: '按严重程度和类别统计的问题数', en: 'Findings by severity and kind' },
  checksTitle: { zh: '检查项', en: 'Checks' },
  check: { zh: '检查', en: 'Check' },
  outcome: { zh: '结果', en: 'Outcome' },
  agrees: { zh: '一致', en: 'agrees' },
  disagrees: { zh: '不一致', en: 'disagrees' },
  chartChecks: { zh: '检查结果', en: 'Check outcomes' },
  dataLead: {
    zh: (base: number) => `评估所用观测值的来源与时效（规划表所列${base}年值不计入）。`,
    en: (base: number) =>
      `Where the observations used come from and how recent they are (the ${base} values the plan prints are not counted).`,
  },
  sourcesTitle: { zh: '数据来源', en: 'Sources' },
  observations: { zh: '观测值个数', en: 'Observations' },
  indicatorsCovered: { zh: '涉及指标数', en: 'Indicators' },
  years: { zh: '时间', en: 'Period' },
  illustrative: { zh: '示例数据', en: 'Illustrative' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  chartSources: { zh: '各来源的观测值个数', en: 'Observations per source' },
  ageTitle: {
    zh: '数据时效：各指标最新数据所属年份',
    en: 'Data age: the year of each indicator’s latest figure',
  },
  latestYear: { zh: '最新数据年份', en: 'Latest figure' },
  none: { zh: '无数据', en: 'no data' },
  chartAge: {
    zh: '按最新数据年份统计的指标数',
    en: 'Indicators by the year of their latest figure',
  },
  meanAge: {
    zh: (years: string) => `最新数据距评估日平均${years}年。`,
    en: (years: string) =>
      `On average the latest figures are ${years} years old on the as-of date.`,
  },
  setAside: {
    zh: (n: number) => `另有${n}个数值因同一指标、地区、时间已有官方数据而未采用。`,
    en: (n: number) =>
      `${n} further values were set aside because an official figure exists for the same indicator, region and time.`,
  },
  /** The headings of the sections a report has only sometimes; buildReportModel numbers them. */
  finalHeading: { zh: '总结评估', en: 'Final evaluation' },
  amendmentsHeading: { zh: '规划调整', en: 'Plan amendments' },
  finalSheet: { zh: '总结评估', en: 'Final evaluation' },
  amendmentsSheet: { zh: '规划调整', en: 'Amendments' },
  finalLead: {
    zh: (end: string) =>
      `规划期已于${end}结束。各项指标以规划期末（${end}）及之前的最后一个数值对照目标判断是否实现，并列出差距和完成程度；规划期结束后取得的数值单列于“期后数值”，不改变结论。`,
    en: (end: string) =>
      `The plan period ended on ${end}. Each indicator is judged against its target by its last value dated on or before the end (${end}), with the difference and the share of the way covered; values after the end are shown apart ("After the end") and never change the verdict.`,
  },
  finalKpis: {
    zh: {
      met: '已实现',
      missed: '未实现',
      no_data: '无数据',
      no_target: '无目标',
      metAfterDeadline: '期后实现',
    },
    en: {
      met: 'Met',
      missed: 'Missed',
      no_data: 'No data',
      no_target: 'No target',
      metAfterDeadline: 'Met after the end',
    },
  },
  finalTable: { zh: '各项指标期末完成情况', en: 'Each indicator at the end of the plan' },
  verdict: { zh: '结论', en: 'Verdict' },
  atEnd: { zh: '期末值', en: 'At the end' },
  difference: { zh: '与目标差距', en: 'Difference' },
  shareOfWay: { zh: '完成程度', en: 'Share of the way' },
  afterDeadline: { zh: '期后数值', en: 'After the end' },
  metAfter: { zh: '期后达标', en: 'meets the target' },
  notMetAfter: { zh: '期后仍未达标', en: 'still short' },
  statusAtEnd: { zh: '期末状态', en: 'Status at the end' },
  amendmentsLead: {
    zh: (total: number, inForce: number) =>
      `规划共有${total}项调整，截至评估日有效${inForce}项。评估按评估日有效的规划进行：“主要指标完成情况”中的基期值、目标值为调整后的值，原值列于下表。`,
    en: (total: number, inForce: number) =>
      `The plan has ${total} amendments, ${inForce} in force on the as-of date. The assessment uses the plan as it stood on that date: the bases and targets under "Main indicators" are as amended; the printed values are in the table below.`,
  },
  amendmentId: { zh: '编号', en: 'Id' },
  amendmentKind: { zh: '调整内容', en: 'What' },
  amendmentKinds: {
    zh: { target: '目标值', baseline: '基期值', definition: '指标口径' },
    en: { target: 'target', baseline: 'base', definition: 'definition' },
  },
  original: { zh: '原值', en: 'As printed' },
  amended: { zh: '调整后', en: 'As amended' },
  effectiveDate: { zh: '生效日期', en: 'Effective' },
  reason: { zh: '调整原因', en: 'Reason' },
  decidedBy: { zh: '决定文件', en: 'Decided by' },
  amendmentState: { zh: '评估日状态', en: 'On the as-of date' },
  amendmentStates: {
    zh: { 'in-force': '有效', superseded: '已被后续调整取代', pending: '尚未生效' },
    en: { 'in-force': 'in force', superseded: 'superseded', pending: 'not yet in force' },
  },
  /** The district section (plan report --by-region). */
  districtsHeading: { zh: '区域比较', en: 'Districts' },
  districtSheets: {
    zh: {
      matrix: '区域指标矩阵',
      ranking: '区域排名',
      weights: '排名权重',
      completeness: '报送完整性',
      outliers: '异常值',
      additive: '加总核对',
    },
    en: {
      matrix: 'District matrix',
      ranking: 'District ranking',
      weights: 'Ranking weights',
      completeness: 'Reporting completeness',
      outliers: 'Outliers',
      additive: 'Additive checks',
    },
  },
  districtsLead: {
    zh: (subject: string, names: string, method: string) =>
      `比较${subject}所辖${names}截至评估日的各项指标，按${method}判定。各地区以本地区基期年数值为基期（没有则为“无本地区基期值”，不借用全市基期）；录入了本地区目标的按本地区目标衡量，其余采用全市目标（“采用全市目标”）；全市层面的指标不分地区评价。`,
    en: (subject: string, names: string, method: string) =>
      `${names} of ${subject} compared on every indicator as of the as-of date, judged by ${method}. Each region is judged from its own base-year value (none: "no district baseline"; the city's is never borrowed), against a district target where one was entered and otherwise the city's ("city target applied"); indicators about the city as a whole are not judged per district.`,
  },
  districtsApproved: {
    zh: '数据审核：仅使用市级已审核（approved）的数值；下辖地区已报送、尚待审核的数值未计入。',
    en: 'Review: approved figures only; figures a district submitted that are not yet approved are left out.',
  },
  districtsSubmitted: {
    zh: '数据审核：含下辖地区已报送、尚待审核的数值（以“‡ 待审核”标出），不是审定数据。',
    en: 'Review: includes figures a district submitted that the city has not yet approved (marked "‡ submitted"); they are not final.',
  },
  submittedTag: { zh: '待审核', en: 'submitted' },
  matrixTitle: { zh: '地区 × 指标矩阵', en: 'District × indicator matrix' },
  matrixLead: {
    zh: '每格：状态、最新值（时间）、完成进度／时序进度；“本地区目标”表示按录入的本地区目标衡量，未注明者采用全市目标。',
    en: 'Each cell: the status, the latest value (its time), completion / time elapsed; "district target" marks a cell judged against a target entered for the district, every other cell applies the city target.',
  },
  subjectOnly: {
    zh: (names: string) => `全市层面指标，不分地区评价：${names}。`,
    en: (names: string) =>
      `Indicators about the city as a whole, not judged per district: ${names}.`,
  },
  noDistrictBaseline: { zh: '无本地区基期值', en: 'no district baseline' },
  notJudgedSubjectOnly: { zh: '全市指标，不分地区评价', en: 'city-wide, not judged per district' },
  targetBasis: { zh: '目标口径', en: 'Target' },
  targetBases: {
    zh: {
      plan: '规划目标',
      'region-target': '本地区目标',
      'subject-target': '采用全市目标',
      none: '无目标',
    },
    en: {
      plan: 'plan target',
      'region-target': 'district target',
      'subject-target': 'city target applied',
      none: 'no target',
    },
  },
  changeSince: {
    zh: (change: string, date: string) => `较${date} ${change}`,
    en: (change: string, date: string) => `${change} since ${date}`,
  },
  change: { zh: '较上期变化', en: 'Change since the previous period' },
  regionColumn: { zh: '地区', en: 'Region' },
  regionId: { zh: '地区代码', en: 'Region id' },
  indicatorId: { zh: '指标代码', en: 'Indicator id' },
  date: { zh: '时间', en: 'Date' },
  rankingTitle: { zh: '综合排名', en: 'Ranking' },
  rank: { zh: '名次', en: 'Rank' },
  score: { zh: '综合得分', en: 'Score' },
  judgedCount: { zh: '已评价指标', en: 'Judged' },
  missingCount: { zh: '缺数据指标', en: 'Missing' },
  coverage: { zh: '数据覆盖率', en: 'Coverage' },
  rankNote: { zh: '说明', en: 'Note' },
  unranked: {
    zh: (coverage: string, missing: number) =>
      `不参与排名：数据覆盖率${coverage}，缺${missing}项指标数据，缺失数据不按0分或满分计`,
    en: (coverage: string, missing: number) =>
      `not ranked: coverage ${coverage}, ${missing} indicators without data; missing data is never counted as 0 or full marks`,
  },
  chartRanking: { zh: '各地区综合得分（未排名者不列）', en: 'Score of each ranked district' },
  weightsEqual: {
    zh: (weight: string, n: number) => `各项指标权重相同（均为${weight}，共${n}项）。`,
    en: (weight: string, n: number) =>
      `Every indicator weighs the same (${weight} each, ${n} indicators).`,
  },
  weightsTitle: { zh: '各指标权重', en: 'Weights' },
  weight: { zh: '权重', en: 'Weight' },
  completenessTitle: { zh: '数据报送完整性', en: 'Reporting completeness' },
  completenessCells: { zh: '每格为“已报／应报”。', en: 'Each cell: reported / expected.' },
  overallRate: { zh: '报告率', en: 'Rate' },
  outliersTitle: {
    zh: '偏离自身趋势的数值（待核实）',
    en: 'Values far off their own trend (for review)',
  },
  outliersLead: {
    zh: '以下数值列出供核实，数值本身未作改动。',
    en: 'They are listed for review; nothing was changed.',
  },
  noOutliers: {
    zh: '未发现明显偏离自身趋势的数值。',
    en: 'No value lies far off its region’s own trend.',
  },
  expectedValue: { zh: '按趋势应约为', en: 'Expected' },
  additiveTitle: { zh: '分项加总核对', en: 'Additive checks' },
  additiveLead: {
    zh: '可加总的计数类指标：各地区数值之和与全市报告数对照；不一致只列出，不替换全市数值。',
    en: 'Counts that add up: the districts’ sum against the city’s own figure; a mismatch is reported, never used to replace the city figure.',
  },
  noAdditive: { zh: '没有可加总核对的指标数据。', en: 'No figures of indicators that add up.' },
  derived: { zh: '各地区合计', en: 'Sum of districts' },
  reported: { zh: '全市报告数', en: 'City figure' },
  regionsReported: { zh: '已报地区', en: 'Districts reported' },
  additiveStatuses: {
    zh: {
      match: '一致',
      mismatch: '不一致',
      incomplete: '地区数据不全',
      'no-subject-figure': '无全市数值',
    },
    en: {
      match: 'matches',
      mismatch: 'mismatch',
      incomplete: 'districts incomplete',
      'no-subject-figure': 'no city figure',
    },
  },
  districtsSummary: {
    zh: (s: {
      regions: number;
      ranked: number;
      unranked: number;
      outliers: number;
      mismatches: number;
    }) =>
      `区域比较：${s.regions}个地区，${s.ranked}个参与排名、${s.unranked}个因数据不足未排名；${s.outliers}个数值偏离自身趋势待核实；${s.mismatches}项加总不一致`,
    en: (s: {
      regions: number;
      ranked: number;
      unranked: number;
      outliers: number;
      mismatches: number;
    }) =>
      `Districts: ${s.regions} regions, ${s.ranked} ranked, ${s.unranked} not ranked for want of data; ${s.outliers} values off their own trend for review; ${s.mismatches} sums that do not match`,
  },
  noDistricts: {
    zh: '本规划的评估地区下没有下辖地区，无可比较。',
    en: 'The plan has no regions under its subject region to compare.',
  },
  /** Between several values in one line of a table, and between the items of a list. */
  listSeparator: { zh: '，', en: ', ' },
  itemSeparator: { zh: '；', en: '; ' },
  notes: {
    zh: (base: number, target: number) => [
      `完成进度 =（最新值 − 基期值）÷（目标值 − 基期值）；时序进度 = 自基期（${base}年末）至最新数据日期经过的天数占整个规划期（至${target}年末）天数的比例。`,
      '状态：目标已达到为“提前实现”；完成进度高于时序进度5个百分点以上为“快于预期”，相差在5个百分点以内为“基本符合预期”，低于5个百分点以上为“滞后”，背离目标方向变化为“倒退”；没有基期后数据为“无数据”。',
      '基期值与目标值均取自规划指标表原文；旗区没有规划值，以全市目标衡量、以其首个观测值为基期。',
      '指标名称、数值等中文内容均照录规划原文；英文为我方翻译。',
    ],
    en: (base: number, target: number) => [
      `Completion = (latest − base) ÷ (target − base); time elapsed = days from the base (end of ${base}) to the latest figure’s date, as a share of the days in the plan period (to the end of ${target}).`,
      'Statuses: "Achieved ahead of schedule" when the target is already met; "Ahead of schedule" when completion exceeds the time elapsed by 5 points or more; "Broadly on schedule" within 5 points; "Behind schedule" more than 5 points short; "Regressing" when the indicator moved away from its target; "No data" without a figure after the base.',
      'Bases and targets are the plan’s printed values; a district or banner has none of its own, so the city’s target is applied and its first observation is the base.',
      'Chinese names and numbers are verbatim from the plan; English is our translation.',
    ],
  },
  footer: {
    zh: '本报告由 plan 工具生成。中文指标名称与数值照录规划原文；英文为翻译。',
    en: 'Generated by plan. Chinese indicator names and numbers are verbatim from the plan; English is our translation.',
  },
} as const satisfies Record<string, { zh: unknown; en: unknown }>;

/** The report's words in one language: each key of REPORT_TEXT, its entry in that language. */
export type ReportText = TextIn<typeof REPORT_TEXT>;

/** Every word of the report in one language. */
export function reportText(lang: Lang): ReportText {
  return textIn(REPORT_TEXT, lang);
}
