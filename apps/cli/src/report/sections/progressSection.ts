import type { Project, Target } from '@plan/projects';
import type { TrackedMeasure, TrackedTarget } from '../../tracking/planTracking.types.js';
import { TRACKING_STATUSES } from '../../tracking/planTracking.types.js';
import type { ReportTracking } from '../../tracking/reportTracking.js';
import {
  countStatuses,
  ownerText,
  TRACKING_STATUS_LABELS,
  UNASSIGNED,
  unitName,
} from '../../tracking/trackingWords.js';
import type { Block, Column, Row, Section, Table } from '../reportModel.types.js';
import {
  countCell,
  DOCUMENTS_ONLY,
  optionalCell,
  type SectionInput,
  SHEET_ONLY,
} from './sectionInput.js';
import {
  latestFigureCell,
  latestReportCell,
  measureCell,
  measureStatusCell,
  projectName,
  targetCell,
  trackingStatusCell,
} from './trackingCells.js';
import { type TrackingText, trackingText } from './trackingText.js';

type Context = { tracking: ReportTracking; t: TrackingText; lang: SectionInput['report']['lang'] };

/**
 * 重大项目进展: every measure of every project and every quantified target
 * with its one status, owner (or 未指定) and latest report or figure; the
 * roll-ups of the plan and of each project; in the workbook one sheet of all
 * rows. Pure: everything comes from the report's tracking.
 */
export function progressSection({ report }: SectionInput): Section {
  const tracking = report.tracking as ReportTracking;
  const context: Context = { tracking, t: trackingText(report.lang), lang: report.lang };
  const { t } = context;
  const measureCount = tracking.projects.reduce((sum, each) => sum + each.measures.length, 0);
  return {
    id: 'progress',
    heading: t.progressHeading,
    blocks: [
      {
        kind: 'paragraph',
        text: t.progressLead(tracking.projects.length, measureCount, tracking.targets.length),
      },
      ...rollUpBlocks(context),
      ...tracking.projects.flatMap((project) => projectBlocks(project, context)),
      ...proseBlocks(context),
      { kind: 'table', table: progressSheet(context) },
    ],
  };
}

const statusColumns = (lang: Context['lang']): Column[] =>
  TRACKING_STATUSES.map((status) => ({
    header: TRACKING_STATUS_LABELS[status].label[lang],
    numeric: true,
  }));

function rollUpBlocks(context: Context): Block[] {
  const { tracking, t, lang } = context;
  const measures = countStatuses(tracking.tracking.measures.map((each) => each.status));
  const targets = countStatuses(tracking.tracking.targets.map((each) => each.status));
  const countRow = (label: string, counts: typeof measures): Row => ({
    cells: [
      { text: label },
      ...TRACKING_STATUSES.map((status) => countCell(counts[status])),
      countCell(counts.total),
    ],
  });
  const byProject = tracking.projects.map((project) => ({
    project,
    counts: countStatuses(measuresOf(project, context).map((each) => each.status)),
  }));
  return [
    { kind: 'heading', level: 3, text: t.rollUpTitle },
    {
      kind: 'table',
      table: {
        only: DOCUMENTS_ONLY,
        columns: [{ header: t.kind }, ...statusColumns(lang), { header: t.total, numeric: true }],
        rows: [countRow(t.measures, measures), countRow(t.targets, targets)],
      },
    },
    { kind: 'heading', level: 3, text: t.byProject },
    {
      kind: 'figure',
      caption: t.chartByProject,
      illustrative: false,
      chart: {
        kind: 'stacked',
        width: 760,
        rows: byProject.map(({ project, counts }) => ({
          label: projectName(project, lang, t),
          segments: TRACKING_STATUSES.map((status) => ({
            key: status,
            label: TRACKING_STATUS_LABELS[status].label[lang],
            value: counts[status],
            colour: TRACKING_STATUS_LABELS[status].colour,
          })),
        })),
      },
    },
    {
      kind: 'table',
      table: {
        sheet: t.sheets.projects,
        columns: [
          { header: t.where, width: 10 },
          { header: t.project, width: 30 },
          ...statusColumns(lang).map((column) => ({ ...column, width: 12 })),
          { header: t.total, numeric: true, width: 8 },
        ],
        rows: byProject.map(({ project, counts }) => ({
          cells: [
            { text: t.box(project.box.number) },
            { text: project.name[lang], ...(lang === 'en' ? { original: project.name.zh } : {}) },
            ...TRACKING_STATUSES.map((status) => countCell(counts[status])),
            countCell(counts.total),
          ],
        })),
      },
    },
  ];
}

const measuresOf = (project: Project, { tracking }: Context): TrackedMeasure[] =>
  project.measures.flatMap((measure) =>
    tracking.tracking.measures.filter((each) => each.measureId === measure.id),
  );

const trackedTarget = (id: string, { tracking }: Context): TrackedTarget | undefined =>
  tracking.tracking.targets.find((each) => each.targetId === id);

const nameOf =
  ({ tracking, lang }: Context) =>
  (id: string) =>
    unitName(id, tracking.units, lang);

/** A target's row: its words, status, owner (its own, else its measure's) and latest figure. */
function targetRow(target: Target, context: Context): Row {
  const { tracking, t, lang } = context;
  const tracked = trackedTarget(target.id, context);
  return {
    cells: [
      targetCell(target, tracked, t),
      tracked
        ? trackingStatusCell(tracked.status, lang, [tracked.explanation[lang]])
        : trackingStatusCell('not_reported', lang),
      { text: ownerText(tracked?.owner ?? null, tracking.units, lang) },
      latestFigureCell(tracked, t),
    ],
  };
}

const rowColumns = (t: TrackingText): Column[] => [
  { header: t.item },
  { header: t.status },
  { header: t.owner },
  { header: t.latest },
];

/** One project: a table of its measures, each followed by its targets. */
function projectBlocks(project: Project, context: Context): Block[] {
  const { tracking, t, lang } = context;
  const rows: Row[] = project.measures.flatMap((measure) => {
    const tracked = tracking.tracking.measures.find((each) => each.measureId === measure.id);
    const measureRow: Row = {
      cells: [
        measureCell(measure, lang),
        tracked ? measureStatusCell(tracked, lang, t) : trackingStatusCell('not_reported', lang),
        { text: ownerText(tracked?.owner ?? null, tracking.units, lang) },
        latestReportCell(tracked?.latestReport ?? null, lang, t, nameOf(context)),
      ],
    };
    const targets = measure.targetIds.flatMap((id) =>
      tracking.targets.filter((target) => target.id === id),
    );
    return [measureRow, ...targets.map((target) => targetRow(target, context))];
  });
  return [
    {
      kind: 'heading',
      level: 4,
      text: t.projectHeading(project.box.number, project.name[lang], project.measures.length),
    },
    { kind: 'table', table: { only: DOCUMENTS_ONLY, columns: rowColumns(t), rows } },
  ];
}

/** The targets the plan states in its prose, outside any project's measures. */
function proseBlocks(context: Context): Block[] {
  const { tracking, t } = context;
  const inMeasures = new Set(
    tracking.projects.flatMap((project) => project.measures.flatMap((each) => each.targetIds)),
  );
  const prose = tracking.targets.filter((target) => !inMeasures.has(target.id));
  if (prose.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: `${t.proseTargets}（${prose.length}）` },
    {
      kind: 'table',
      table: {
        only: DOCUMENTS_ONLY,
        columns: rowColumns(t),
        rows: prose.map((target) => targetRow(target, context)),
      },
    },
  ];
}

/** Every measure and target on one sheet, one row each, every field in its own column. */
function progressSheet(context: Context): Table {
  const { tracking, t, lang } = context;
  const projectOf = (number: number | null) =>
    tracking.projects.find((project) => project.number === number);
  const nameList = (ids: readonly string[]) => ids.map(nameOf(context)).join('、');
  const leadName = (id: string | null) => (id === null ? UNASSIGNED[lang] : nameOf(context)(id));
  const statusWord = (status: string | undefined) =>
    status === undefined
      ? ''
      : ((TRACKING_STATUS_LABELS as Record<string, { label: { zh: string; en: string } }>)[status]
          ?.label[lang] ?? status);
  const measureRows = tracking.projects.flatMap((project) =>
    project.measures.map((measure): Row => {
      const tracked = tracking.tracking.measures.find((each) => each.measureId === measure.id);
      const report = tracked?.latestReport ?? null;
      return {
        cells: [
          { text: t.kindMeasure },
          { text: measure.id },
          { text: projectName(project, lang, t) },
          { text: measure.text },
          { text: TRACKING_STATUS_LABELS[tracked?.status ?? 'not_reported'].label[lang] },
          optionalCell(tracked?.explanation[lang]),
          optionalCell(tracked?.conflict?.[lang]),
          { text: leadName(tracked?.owner?.lead ?? null) },
          { text: nameList(tracked?.owner?.cooperating ?? []) },
          optionalCell(report?.period),
          { text: statusWord(report?.status) },
          report?.percent === null || report?.percent === undefined
            ? { text: '', value: null }
            : countCell(report.percent),
          optionalCell(report?.narrative),
          {
            text: (report?.evidence ?? [])
              .map((each) => (each.url ? `${each.name} ${each.url}` : each.name))
              .join('\n'),
          },
          { text: '', value: null },
          { text: '' },
        ],
      };
    }),
  );
  const targetRows = tracking.targets.map((target): Row => {
    const tracked = trackedTarget(target.id, context);
    return {
      cells: [
        { text: t.kindTarget },
        { text: target.id },
        { text: projectName(projectOf(tracked?.projectNumber ?? null), lang, t) },
        { text: target.text },
        { text: TRACKING_STATUS_LABELS[tracked?.status ?? 'not_reported'].label[lang] },
        optionalCell(tracked?.explanation[lang]),
        { text: '' },
        { text: leadName(tracked?.owner?.lead ?? null) },
        { text: nameList(tracked?.owner?.cooperating ?? []) },
        { text: '' },
        { text: '' },
        { text: '', value: null },
        { text: '' },
        { text: '' },
        tracked?.latest ? countCell(tracked.latest.value) : { text: '', value: null },
        optionalCell(tracked?.due),
      ],
    };
  });
  return {
    sheet: t.sheets.progress,
    only: SHEET_ONLY,
    columns: [
      { header: t.kind, width: 8 },
      { header: t.id, width: 14 },
      { header: t.project, width: 30 },
      { header: t.text, width: 70 },
      { header: t.status, width: 12 },
      { header: t.explanation, width: 50 },
      { header: t.conflict, width: 30 },
      { header: t.lead, width: 20 },
      { header: t.cooperating, width: 30 },
      { header: t.period, width: 10 },
      { header: t.reportedStatus, width: 12 },
      { header: '%', numeric: true, width: 6 },
      { header: t.narrative, width: 60 },
      { header: t.evidenceColumn, width: 40 },
      { header: t.latestFigure, numeric: true, width: 12 },
      { header: t.due, width: 12 },
    ],
    rows: [...measureRows, ...targetRows],
  };
}
