import { milestoneStatuses } from '@plan/scoring';
import type { MilestoneRow } from '../milestonesByDeadline.js';
import { milestoneEntry, statusCell, targetValueText } from '../reportCells.js';
import type { Block, Cell, Section, Table } from '../reportModel.types.js';
import {
  countCell,
  DOCUMENTS_ONLY,
  optionalCell,
  type SectionInput,
  SHEET_ONLY,
  yesNo,
} from './sectionInput.js';

/**
 * 四、重大项目工程与目标节点: the 专栏 projects, and the text's quantified
 * targets by deadline, judged where an indicator measures them; in the
 * workbook also every measure of every project.
 */
export function projectsSection(input: SectionInput): Section {
  const { report, t } = input;
  const targetsTotal = report.milestones.reduce((sum, group) => sum + group.rows.length, 0);
  return {
    id: 'projects',
    heading: t.sections.projects,
    blocks: [
      { kind: 'paragraph', text: t.projectsLead(report.projects.length, targetsTotal) },
      ...projectBlocks(input),
      ...milestoneBlocks(input),
    ],
  };
}

/** The 专栏 projects: a table and a chart of their measures and targets, every measure in the workbook. */
function projectBlocks(input: SectionInput): Block[] {
  const { report, t } = input;
  const { lang } = report;
  return [
    { kind: 'heading', level: 3, text: t.projectTable },
    {
      kind: 'table',
      table: {
        only: DOCUMENTS_ONLY,
        columns: [
          { header: t.where },
          { header: t.project },
          { header: t.measures, numeric: true },
          { header: t.targets, numeric: true },
          { header: t.judged, numeric: true },
          { header: t.deadlines },
        ],
        rows: report.projects.map((summary) => ({
          cells: [
            { text: t.box(summary.project.box.number) },
            {
              text: summary.project.name[lang],
              ...(lang === 'en' ? { original: summary.project.name.zh } : {}),
            },
            countCell(summary.measures),
            countCell(summary.targets),
            countCell(summary.judged),
            { text: summary.deadlines.join(', ') },
          ],
        })),
      },
    },
    {
      kind: 'figure',
      caption: t.chartProjects,
      illustrative: false,
      chart: {
        kind: 'bars',
        width: 760,
        bars: report.projects.map((summary) => ({
          label: `${t.box(summary.project.box.number)} ${summary.project.name[lang]}`,
          value: summary.targets,
          colour: '#54aeff',
          note: `· ${t.measures} ${summary.measures}`,
        })),
      },
    },
    { kind: 'table', table: measureSheet(input) },
  ];
}

/** The milestones: a chart of their statuses by deadline, a table per deadline year, one sheet of all. */
function milestoneBlocks(input: SectionInput): Block[] {
  const { report, t } = input;
  const { lang } = report;
  const keys = [...milestoneStatuses, null] as const;
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t.milestonesTitle },
    {
      kind: 'figure',
      caption: t.chartMilestones,
      illustrative: report.milestones.some((group) => group.rows.some((row) => row.illustrative)),
      chart: {
        kind: 'stacked',
        width: 760,
        rows: report.milestones.map((group) => ({
          label: String(group.year),
          segments: keys.map((status) => {
            const entry = milestoneEntry(status);
            return {
              key: status ?? 'not_judged',
              label: entry.label[lang],
              value: group.rows.filter((row) => (row.assessment?.status ?? null) === status).length,
              colour: entry.colour,
            };
          }),
        })),
      },
    },
  ];
  for (const group of report.milestones) {
    blocks.push(
      { kind: 'heading', level: 4, text: `${group.year} (${group.rows.length})` },
      {
        kind: 'table',
        table: {
          only: DOCUMENTS_ONLY,
          columns: [
            { header: t.deadline },
            { header: t.where },
            { header: t.targetText },
            { header: t.value, numeric: true },
            { header: t.linkedIndicator },
            { header: t.status },
          ],
          rows: group.rows.map((row) => ({
            illustrative: row.illustrative,
            cells: [
              {
                text: row.deadline,
                ...(row.deadlineInferred ? { detail: [t.deadlineInferred] } : {}),
              },
              { text: whereText(row, input) },
              { text: row.target.text, verbatim: true },
              { text: targetValueText(row.target, lang) },
              { text: linkedIndicator(row, input), verbatim: true },
              judgedCell(row, input),
            ],
          })),
        },
      },
    );
  }
  blocks.push({ kind: 'table', table: milestoneSheet(input) });
  return blocks;
}

/** Where the plan states a target: its 专栏 project and measure, or the chapter of the text. */
function whereText(row: MilestoneRow, { report, t }: SectionInput): string {
  return row.project
    ? `${t.box(row.project.number)} ${row.project.name[report.lang]}${row.measureNumber ?? ''}`
    : t.prose(row.target.location.chapter, row.target.location.section);
}

function linkedIndicator(row: MilestoneRow, { report }: SectionInput): string {
  const id = row.target.indicatorId;
  if (!id) return '—';
  return report.plan.indicators.find((indicator) => indicator.id === id)?.printed ?? id;
}

/** Why a milestone is not judged: no indicator measures it, or the report is not for the plan's region. */
const notJudgedText = ({ report, t }: SectionInput): string =>
  report.region.id === report.plan.subjectRegion ? t.notJudged : t.notJudgedRegion;

function judgedCell(row: MilestoneRow, input: SectionInput): Cell {
  const { lang } = input.report;
  if (!row.assessment) return { text: notJudgedText(input), muted: true };
  return statusCell(milestoneEntry(row.assessment.status), lang, {
    detail: [row.assessment.explanation[lang]],
    illustrative: row.illustrative,
  });
}

function measureSheet({ report, t }: SectionInput): Table {
  const { lang } = report;
  return {
    sheet: t.sheets.measures,
    only: SHEET_ONLY,
    columns: [
      { header: t.where, width: 10 },
      { header: t.project, width: 30 },
      { header: 'id', width: 10 },
      { header: t.measureNumber, width: 8 },
      { header: t.measureText, width: 90 },
      { header: t.measureSummary, width: 60 },
      { header: t.targets, width: 24 },
    ],
    rows: report.projects.flatMap(({ project }) =>
      project.measures.map((measure) => ({
        cells: [
          { text: t.box(project.box.number) },
          { text: project.name[lang] },
          { text: measure.id },
          optionalCell(measure.number),
          { text: measure.text },
          { text: measure.summary.en },
          { text: measure.targetIds.join(', ') },
        ],
      })),
    ),
  };
}

function milestoneSheet(input: SectionInput): Table {
  const { report, t } = input;
  const { lang } = report;
  return {
    sheet: t.sheets.milestones,
    only: SHEET_ONLY,
    columns: [
      { header: t.deadline, width: 12 },
      { header: t.deadlineInferredColumn, width: 10 },
      { header: t.where, width: 36 },
      { header: 'id', width: 14 },
      { header: t.targetText, width: 60 },
      { header: t.value, width: 12 },
      { header: t.linkedIndicator, width: 28 },
      { header: t.status, width: 16 },
      { header: t.explanation, width: 60 },
      { header: t.illustrative, width: 10 },
    ],
    rows: report.milestones.flatMap((group) =>
      group.rows.map((row) => ({
        illustrative: row.illustrative,
        cells: [
          { text: row.deadline },
          yesNo(row.deadlineInferred, t),
          { text: whereText(row, input) },
          { text: row.target.id },
          { text: row.target.text },
          { text: targetValueText(row.target, lang) },
          optionalCell(row.target.indicatorId),
          {
            text: row.assessment
              ? milestoneEntry(row.assessment.status).label[lang]
              : notJudgedText(input),
          },
          optionalCell(row.assessment?.explanation[lang]),
          yesNo(row.illustrative, t),
        ],
      })),
    ),
  };
}
