import { displayWidth, padDisplay } from '../_lib/displayWidth.js';
import { formatNumber, formatShare } from '../_lib/formatNumbers.js';
import type { IndicatorRow } from '../assessment/indicatorRows.js';
import { methodName, statusEntry, statusesOf } from '../assessment/statusLegend.js';
import type { Report } from './buildReport.js';
import { indicatorName, milestoneEntry, remarkText, targetValueText } from './reportLabels.js';
import { type ReportText, reportText } from './reportText.js';

/** A Markdown table cell: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * A GitHub table with its columns padded to one width (Chinese counted
 * double), so the raw file reads as a table too and Biome leaves it as it is.
 */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
) {
  const all = [header, ...rows].map((row) => row.map(cell));
  const widths = header.map((_, index) =>
    Math.max(3, ...all.map((row) => displayWidth(row[index] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    `| ${row
      .map((text, index) =>
        padDisplay(text, widths[index] ?? 3, right.includes(index) ? 'right' : 'left'),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, index) =>
      right.includes(index) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

/**
 * The report as Markdown (GitHub tables): the same sections and figures as
 * the HTML version, without its charts. Figures from illustrative demo data
 * are marked "† 示例" / "† illustrative".
 */
export function renderMarkdown(report: Report): string {
  const t = reportText(report.lang);
  const { lang, plan, overall } = report;
  const demo = ` † ${t.illustrativeTag}`;
  const out: string[] = [];
  out.push(`# ${t.reportTitle(plan.title[lang], report.includeIllustrative)}`, '');
  out.push(
    `${t.subtitle}  `,
    `${t.asOf} ${report.asOf} · ${t.region} ${report.region.name[lang]} · ${t.period} ${plan.period.start}–${plan.period.end}`,
    '',
  );
  out.push(`> **${report.includeIllustrative ? t.illustrativeBanner : t.officialBanner}**`, '');
  out.push(lang === 'zh' ? '（图表见 HTML 版。）' : '(The charts are in the HTML version.)', '');

  out.push(
    `## ${t.sections.summary}`,
    '',
    t.summaryLead(overall.indicators, formatShare(report.timeElapsed)),
    '',
  );
  out.push(
    table(
      [t.kpi.indicators, t.kpi.assessed, t.kpi.missing, t.kpi.elapsed],
      [
        [
          String(overall.indicators),
          String(overall.assessed),
          String(overall.missing),
          formatShare(report.timeElapsed),
        ],
      ],
      [0, 1, 2, 3],
    ),
    '',
  );
  if (report.rows.every((row) => row.provenance.values === 0)) out.push(t.noFigures, '');
  const method = overall.method;
  const statuses = statusesOf(method);
  out.push(`### ${t.statusCounts}`, '');
  out.push(
    table(
      [t.status, t.count, t.share],
      statuses.map((status) => {
        const count = overall.counts[status] ?? 0;
        return [
          statusEntry(method, status).label[lang],
          `${count}${report.showsIllustrative && count > 0 ? demo : ''}`,
          formatShare(overall.indicators > 0 ? count / overall.indicators : null),
        ];
      }),
      [1, 2],
    ),
    '',
  );
  out.push(`### ${t.byTable}`, '');
  out.push(
    table(
      [
        t.table,
        t.indicatorsCount,
        ...statuses.map((status) => statusEntry(method, status).label[lang]),
      ],
      report.tables.map(({ table: indicatorTable, rollUp }) => [
        `${indicatorTable.title[lang]}${report.showsIllustrative ? demo : ''}`,
        String(rollUp?.indicators ?? 0),
        ...statuses.map((status) => String(rollUp?.counts[status] ?? 0)),
      ]),
      [1, ...statuses.map((_, index) => index + 2)],
    ),
    '',
  );

  out.push(`## ${t.sections.indicators}`, '');
  for (const { table: indicatorTable, rows } of report.tables) {
    out.push(`### ${indicatorTable.title[lang]}`, '');
    out.push(
      table(
        [
          '#',
          t.category,
          t.indicator,
          t.baseline(plan.baselineYear),
          t.target(plan.targetYear),
          t.latest,
          t.completion,
          t.timeProgress,
          t.status,
        ],
        rows.map((row) => [
          String(row.indicator.order),
          row.categories.map((category) => category[lang]).join(' › '),
          nameText(row, report),
          row.baselineText,
          row.targetText,
          latestText(row, t),
          progressText(row, 'completion'),
          progressText(row, 'timeProgress'),
          `${statusEntry(row.primary.method, row.primary.status).label[lang]}${row.provenance.illustrative ? demo : ''}`,
        ]),
        [0, 3, 4, 5, 6, 7],
      ),
      '',
    );
    if (indicatorTable.footnote) out.push(indicatorTable.footnote[lang], '');
  }

  out.push(`## ${t.sections.methods}`, '', t.methodsLead, '', `### ${t.methodCounts}`, '');
  out.push(
    table(
      [t.method, t.status],
      report.methods.map(({ method: each, rollUp }) => [
        `${methodName(each, lang)}${report.showsIllustrative ? demo : ''}`,
        statusesOf(each)
          .map((status) => `${statusEntry(each, status).label[lang]} ${rollUp.counts[status] ?? 0}`)
          .join(lang === 'zh' ? '，' : ', '),
      ]),
    ),
    '',
    `### ${t.methodMatrix}`,
    '',
  );
  out.push(
    table(
      [t.indicator, ...report.methods.map((item) => item.method)],
      report.rows.map((row) => [
        `${indicatorName(row.indicator, lang)}${row.provenance.illustrative ? demo : ''}`,
        ...row.assessments.map(
          ({ assessment }) => statusEntry(assessment.method, assessment.status).label[lang],
        ),
      ]),
    ),
    '',
  );

  const targetsTotal = report.milestones.reduce((sum, group) => sum + group.rows.length, 0);
  out.push(
    `## ${t.sections.projects}`,
    '',
    t.projectsLead(report.projects.length, targetsTotal),
    '',
  );
  out.push(`### ${t.projectTable}`, '');
  out.push(
    table(
      [t.where, t.project, t.measures, t.targets, t.judged, t.deadlines],
      report.projects.map((summary) => [
        t.box(summary.project.box.number),
        summary.project.name[lang],
        String(summary.measures),
        String(summary.targets),
        String(summary.judged),
        summary.deadlines.join(', '),
      ]),
      [2, 3, 4],
    ),
    '',
    `### ${t.milestonesTitle}`,
    '',
  );
  for (const group of report.milestones) {
    out.push(`#### ${group.year} (${group.rows.length})`, '');
    out.push(
      table(
        [t.deadline, t.where, t.targetText, t.value, t.linkedIndicator, t.status],
        group.rows.map((row) => [
          `${row.deadline}${row.deadlineInferred ? t.deadlineInferred : ''}`,
          row.project
            ? `${t.box(row.project.number)} ${row.project.name[lang]}${row.measureNumber ?? ''}`
            : t.prose(row.target.location.chapter, row.target.location.section),
          row.target.text,
          targetValueText(row.target, lang),
          row.target.indicatorId
            ? (plan.indicators.find((indicator) => indicator.id === row.target.indicatorId)
                ?.printed ?? row.target.indicatorId)
            : '—',
          row.assessment
            ? `${milestoneEntry(row.assessment.status).label[lang]}: ${row.assessment.explanation[lang]}${row.illustrative ? demo : ''}`
            : report.region.id === plan.subjectRegion
              ? t.notJudged
              : t.notJudgedRegion,
        ]),
        [3],
      ),
      '',
    );
  }

  const { findings, checks } = report.consistency;
  const agrees = checks.filter((check) => check.outcome === 'agrees').length;
  out.push(
    `## ${t.sections.consistency}`,
    '',
    t.consistencyLead(findings.length, checks.length, agrees),
    '',
  );
  out.push(`### ${t.findingsTitle}`, '');
  out.push(
    table(
      [t.severity, t.kind, t.finding, t.readings, t.explanation],
      findings.map((finding) => [
        t.severities[finding.severity],
        t.kinds[finding.kind],
        finding.title[lang],
        finding.readings
          .map((reading) =>
            reading.basis === 'printed'
              ? `“${reading.text}”${reading.location.line ? `（${t.line(reading.location.line)}）` : ''}`
              : reading.description[lang],
          )
          .join('；'),
        remarkText(finding.explanation, lang),
      ]),
    ),
    '',
    `### ${t.checksTitle}`,
    '',
  );
  out.push(
    table(
      [t.check, t.outcome, t.explanation],
      checks.map((check) => [
        remarkText(check.title, lang),
        check.outcome === 'agrees' ? t.agrees : t.disagrees,
        remarkText(check.detail, lang),
      ]),
    ),
    '',
  );

  out.push(`## ${t.sections.data}`, '', t.dataLead, '', `### ${t.sourcesTitle}`, '');
  if (report.sources.length > 0) {
    out.push(
      table(
        [t.source, t.observations, t.indicatorsCovered, t.years, t.illustrative],
        report.sources.map((source) => [
          `${source.source}${source.illustrative ? demo : ''}`,
          String(source.observations),
          String(source.indicators),
          `${source.firstTime}–${source.lastTime}`,
          source.illustrative ? t.yes : t.no,
        ]),
        [1, 2],
      ),
      '',
    );
  } else out.push(t.noFigures, '');
  if (report.setAside > 0) out.push(t.setAside(report.setAside), '');
  out.push(`### ${t.ageTitle}`, '');
  out.push(
    table(
      [t.latestYear, t.indicatorsCount],
      report.age.byLatestYear.map((entry) => [
        entry.year === null ? t.none : String(entry.year),
        `${entry.indicators}${entry.illustrative > 0 ? demo : ''}`,
      ]),
      [1],
    ),
    '',
  );
  if (report.age.meanAgeYears !== null)
    out.push(
      `${t.meanAge(formatNumber(report.age.meanAgeYears, 1))}${report.showsIllustrative ? demo : ''}`,
      '',
    );

  out.push(`## ${t.sections.notes}`, '');
  t.notes(plan.baselineYear, plan.targetYear).forEach((note, index) => {
    out.push(`${index + 1}. ${note}`);
  });
  out.push('');
  if (report.showsIllustrative) out.push(`> **${t.illustrativeNote}**`, '');
  out.push('---', '', t.footer, '');
  return out.join('\n');
}

function nameText(row: IndicatorRow, report: Report): string {
  const name = indicatorName(row.indicator, report.lang);
  return report.lang === 'zh' ? name : `${name} — ${row.indicator.printed}`;
}

function latestText(row: IndicatorRow, t: ReportText): string {
  if (row.latestText === null) return '—';
  return `${row.latestText} (${row.latestTime}, ${row.provenance.latest?.source ?? ''})${row.provenance.illustrative ? ` † ${t.illustrativeTag}` : ''}`;
}

const progressText = (row: IndicatorRow, pick: 'completion' | 'timeProgress') =>
  row.progress.length === 0
    ? '—'
    : row.progress
        .map(
          (figures) => `${figures.part ? `${figures.part.zh} ` : ''}${formatShare(figures[pick])}`,
        )
        .join(' / ');
