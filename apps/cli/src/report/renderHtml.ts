import { type Method, milestoneStatuses } from '@plan/scoring';
import { formatNumber, formatShare } from '../_lib/formatNumbers.js';
import type { IndicatorRow } from '../assessment/indicatorRows.js';
import { methodName, statusEntry, statusesOf } from '../assessment/statusLegend.js';
import type { Report } from './buildReport.js';
import { escapeHtml as e } from './escapeHtml.js';
import {
  indicatorName,
  milestoneEntry,
  NOT_JUDGED,
  remarkText,
  targetValueText,
} from './reportLabels.js';
import { REPORT_CSS } from './reportStyles.js';
import { type ReportText, reportText } from './reportText.js';
import { horizontalBarChart } from './svg/horizontalBarChart.js';
import { progressChart } from './svg/progressChart.js';
import { stackedBarChart } from './svg/stackedBarChart.js';

/**
 * The report as one self-contained HTML file: inline CSS and inline SVG
 * charts (one beside every table), no script, nothing fetched, print rules
 * for A4. Figures from illustrative demo data carry a visible tag.
 */
export function renderHtml(report: Report): string {
  const t = reportText(report.lang);
  const title = t.reportTitle(report.plan.title[report.lang], report.includeIllustrative);
  const sections = [
    ['summary', t.sections.summary, summarySection(report, t)],
    ['indicators', t.sections.indicators, indicatorsSection(report, t)],
    ['methods', t.sections.methods, methodsSection(report, t)],
    ['projects', t.sections.projects, projectsSection(report, t)],
    ['consistency', t.sections.consistency, consistencySection(report, t)],
    ['data', t.sections.data, dataSection(report, t)],
    ['notes', t.sections.notes, notesSection(report, t)],
  ] as const;
  return `<!doctype html>
<html lang="${report.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${e(title)}</h1>
<p class="meta">${e(t.subtitle)}</p>
<p class="meta">${e(t.asOf)} ${e(report.asOf)} · ${e(t.region)} ${e(report.region.name[report.lang])} · ${e(t.period)} ${report.plan.period.start}–${report.plan.period.end}</p>
${banner(report, t)}
</header>
<nav><h2 style="border:0;margin-top:8px">${e(t.contents)}</h2><ol>${sections.map(([id, heading]) => `<li><a href="#${id}">${e(heading)}</a></li>`).join('')}</ol></nav>
${sections.map(([id, heading, body]) => `<section id="${id}">\n<h2>${e(heading)}</h2>\n${body}\n</section>`).join('\n')}
<footer>${e(t.footer)} ${e(t.generatedBy)}.</footer>
</main>
</body>
</html>
`;
}

function banner(report: Report, t: ReportText): string {
  return report.includeIllustrative
    ? `<div class="banner demo" role="note">${e(t.illustrativeBanner)}</div>`
    : `<div class="banner official" role="note">${e(t.officialBanner)}</div>`;
}

const chip = (label: string, colour: string) =>
  `<span class="chip" style="background:${e(colour)}">${e(label)}</span>`;
const demoTag = (t: ReportText) => `<span class="demo-tag">† ${e(t.illustrativeTag)}</span>`;

function figure(svg: string, caption: string, t: ReportText, illustrative: boolean): string {
  return `<figure>${svg}<figcaption>${e(caption)}${illustrative ? demoTag(t) : ''}</figcaption></figure>`;
}

function summarySection(report: Report, t: ReportText): string {
  const { overall, lang } = report;
  const method: Method = overall.method;
  const demo = report.showsIllustrative;
  // Counts of assessed indicators rest on the data; the elapsed time and the total do not.
  const kpis = (
    [
      [String(overall.indicators), t.kpi.indicators, false],
      [String(overall.assessed), t.kpi.assessed, demo],
      [String(overall.missing), t.kpi.missing, demo],
      [formatShare(report.timeElapsed), t.kpi.elapsed, false],
    ] as const
  )
    .map(
      ([value, label, tagged]) =>
        `<div class="kpi"><b>${e(value)}</b><span>${e(label)}${tagged ? demoTag(t) : ''}</span></div>`,
    )
    .join('');
  const statuses = statusesOf(method);
  const rows = statuses
    .map((status) => {
      const entry = statusEntry(method, status);
      const count = overall.counts[status] ?? 0;
      return `<tr><td>${chip(entry.label[lang], entry.colour)}</td><td class="num">${count}${demo && count > 0 ? demoTag(t) : ''}</td><td class="num">${formatShare(overall.indicators > 0 ? count / overall.indicators : null)}</td></tr>`;
    })
    .join('');
  const countsChart = horizontalBarChart(
    statuses.map((status) => {
      const entry = statusEntry(method, status);
      return { label: entry.label[lang], value: overall.counts[status] ?? 0, colour: entry.colour };
    }),
    { title: t.chartStatusCounts },
  );
  const tableRows = report.tables
    .map(({ table, rollUp }) => {
      const cells = statuses
        .map((status) => `<td class="num">${rollUp?.counts[status] ?? 0}</td>`)
        .join('');
      return `<tr><td>${e(table.title[lang])}${demo ? demoTag(t) : ''}</td><td class="num">${rollUp?.indicators ?? 0}</td>${cells}</tr>`;
    })
    .join('');
  const byTableChart = stackedBarChart(
    report.tables.map(({ table, rollUp }) => ({
      label: table.title[lang],
      segments: statuses.map((status) => {
        const entry = statusEntry(method, status);
        return {
          key: status,
          label: entry.label[lang],
          value: rollUp?.counts[status] ?? 0,
          colour: entry.colour,
        };
      }),
    })),
    { title: t.chartByTable },
  );
  return `<p>${e(t.summaryLead(overall.indicators, formatShare(report.timeElapsed)))}</p>
<div class="kpis">${kpis}</div>
${report.rows.every((row) => row.provenance.values === 0) ? `<p>${e(t.noFigures)}</p>` : ''}
<h3>${e(t.statusCounts)}</h3>
<table><thead><tr><th>${e(t.status)}</th><th class="num">${e(t.count)}</th><th class="num">${e(t.share)}</th></tr></thead><tbody>${rows}</tbody></table>
${figure(countsChart, t.chartStatusCounts, t, demo)}
<h3>${e(t.byTable)}</h3>
<table><thead><tr><th>${e(t.table)}</th><th class="num">${e(t.indicatorsCount)}</th>${statuses.map((status) => `<th class="num">${e(statusEntry(method, status).label[lang])}</th>`).join('')}</tr></thead><tbody>${tableRows}</tbody></table>
${figure(byTableChart, t.chartByTable, t, demo)}`;
}

function nameCell(row: IndicatorRow, report: Report): string {
  const name = indicatorName(row.indicator, report.lang);
  const path = row.categories.map((category) => category[report.lang]).join(' › ');
  return report.lang === 'zh'
    ? `${e(name)}<span class="sub">${e(path)}</span>`
    : `${e(name)}<span class="sub" lang="zh-CN">${e(row.indicator.printed)}</span><span class="sub">${e(path)}</span>`;
}

function latestCell(row: IndicatorRow, t: ReportText): string {
  if (row.latestText === null) return '—';
  const source = row.provenance.latest?.source ?? '';
  return `${e(row.latestText)} <span class="sub">${e(row.latestTime ?? '')} · ${e(source)}</span>${row.provenance.illustrative ? demoTag(t) : ''}`;
}

const progressCell = (row: IndicatorRow, pick: 'completion' | 'timeProgress') =>
  row.progress.length === 0
    ? '—'
    : row.progress
        .map(
          (figures) =>
            `${figures.part ? `${e(figures.part.zh)} ` : ''}${formatShare(figures[pick])}`,
        )
        .join('<br>');

function indicatorsSection(report: Report, t: ReportText): string {
  const { lang, plan } = report;
  return report.tables
    .map(({ table, rows }) => {
      const body = rows
        .map((row) => {
          const entry = statusEntry(row.primary.method, row.primary.status);
          return `<tr${row.provenance.illustrative ? ' class="illustrative"' : ''}><td class="num">${row.indicator.order}</td><td>${nameCell(row, report)}</td><td class="num">${e(row.baselineText)}</td><td class="num">${e(row.targetText)}</td><td class="num">${latestCell(row, t)}</td><td class="num">${progressCell(row, 'completion')}</td><td class="num">${progressCell(row, 'timeProgress')}</td><td title="${e(row.primary.explanation[lang])}">${chip(entry.label[lang], entry.colour)}${row.provenance.illustrative ? demoTag(t) : ''}</td></tr>`;
        })
        .join('');
      const chart = progressChart(
        rows.map((row) => {
          const entry = statusEntry(row.primary.method, row.primary.status);
          const figures = row.progress.length === 1 ? row.progress[0] : undefined;
          const mean =
            row.progress.length > 1 && row.progress.every((f) => f.completion !== null)
              ? row.progress.reduce((sum, f) => sum + (f.completion ?? 0), 0) / row.progress.length
              : null;
          return {
            label: indicatorName(row.indicator, lang),
            completion: figures ? figures.completion : mean,
            timeProgress: figures ? figures.timeProgress : (row.progress[0]?.timeProgress ?? null),
            colour: entry.colour,
            note: `${entry.label[lang]}${row.provenance.illustrative ? ` † ${t.illustrativeTag}` : ''}`,
          };
        }),
        { title: t.progressChart(table.title[lang]), axisLabel: t.progressAxis },
      );
      const demo = rows.some((row) => row.provenance.illustrative);
      return `<h3>${e(table.title[lang])}</h3>
<table><thead><tr><th class="num">#</th><th>${e(t.indicator)}</th><th class="num">${e(t.baseline(plan.baselineYear))}</th><th class="num">${e(t.target(plan.targetYear))}</th><th class="num">${e(t.latest)}</th><th class="num">${e(t.completion)}</th><th class="num">${e(t.timeProgress)}</th><th>${e(t.status)}</th></tr></thead><tbody>${body}</tbody></table>
${table.footnote ? `<p class="meta">${e(table.footnote[lang])}</p>` : ''}
${figure(chart, t.progressChart(table.title[lang]), t, demo)}`;
    })
    .join('\n');
}

function methodsSection(report: Report, t: ReportText): string {
  const { lang } = report;
  const demo = report.showsIllustrative;
  const counts = report.methods
    .map(({ method, rollUp }) => {
      const cells = statusesOf(method)
        .map((status) => {
          const entry = statusEntry(method, status);
          return `${chip(entry.label[lang], entry.colour)} ${rollUp.counts[status] ?? 0}`;
        })
        .join(' ');
      return `<tr><td>${e(methodName(method, lang))}${demo ? demoTag(t) : ''}</td><td>${cells}</td></tr>`;
    })
    .join('');
  const chart = stackedBarChart(
    report.methods.map(({ method, rollUp }) => ({
      label: method,
      segments: statusesOf(method).map((status) => {
        const entry = statusEntry(method, status);
        return {
          key: `${method}:${status}`,
          label: entry.label[lang],
          value: rollUp.counts[status] ?? 0,
          colour: entry.colour,
        };
      }),
    })),
    { title: t.chartMethods, width: 760 },
  );
  const methods = report.methods.map((item) => item.method);
  const matrix = report.rows
    .map((row) => {
      const cells = row.assessments
        .map(({ assessment }) => {
          const entry = statusEntry(assessment.method, assessment.status);
          return `<td title="${e(assessment.explanation[lang])}">${chip(entry.label[lang], entry.colour)}</td>`;
        })
        .join('');
      return `<tr${row.provenance.illustrative ? ' class="illustrative"' : ''}><td>${nameCell(row, report)}${row.provenance.illustrative ? demoTag(t) : ''}</td>${cells}</tr>`;
    })
    .join('');
  return `<p>${e(t.methodsLead)}</p>
<h3>${e(t.methodCounts)}</h3>
<table><thead><tr><th>${e(t.method)}</th><th>${e(t.status)}</th></tr></thead><tbody>${counts}</tbody></table>
${figure(chart, t.chartMethods, t, demo)}
<h3>${e(t.methodMatrix)}</h3>
<table><thead><tr><th>${e(t.indicator)}</th>${methods.map((method) => `<th>${e(method)}</th>`).join('')}</tr></thead><tbody>${matrix}</tbody></table>`;
}

function projectsSection(report: Report, t: ReportText): string {
  const { lang } = report;
  const targetsTotal = report.milestones.reduce((sum, group) => sum + group.rows.length, 0);
  const projects = report.projects
    .map(
      (summary) =>
        `<tr><td>${e(t.box(summary.project.box.number))}</td><td>${e(summary.project.name[lang])}${lang === 'en' ? `<span class="sub" lang="zh-CN">${e(summary.project.name.zh)}</span>` : ''}</td><td class="num">${summary.measures}</td><td class="num">${summary.targets}</td><td class="num">${summary.judged}</td><td>${summary.deadlines.join(', ')}</td></tr>`,
    )
    .join('');
  const projectChart = horizontalBarChart(
    report.projects.map((summary) => ({
      label: `${t.box(summary.project.box.number)} ${summary.project.name[lang]}`,
      value: summary.targets,
      colour: '#54aeff',
      note: `· ${t.measures} ${summary.measures}`,
    })),
    { title: t.chartProjects, width: 760 },
  );
  const groups = report.milestones
    .map((group) => {
      const rows = group.rows
        .map((row) => {
          const status = row.assessment?.status ?? null;
          const entry = milestoneEntry(status);
          const where = row.project
            ? `${t.box(row.project.number)} ${row.project.name[lang]}${row.measureNumber ?? ''}`
            : t.prose(row.target.location.chapter, row.target.location.section);
          const judged = row.assessment
            ? `${chip(entry.label[lang], entry.colour)}<span class="sub">${e(row.assessment.explanation[lang])}</span>${row.illustrative ? demoTag(t) : ''}`
            : `<span class="sub">${e(report.region.id === report.plan.subjectRegion ? t.notJudged : t.notJudgedRegion)}</span>`;
          const indicator = row.target.indicatorId
            ? (report.plan.indicators.find((candidate) => candidate.id === row.target.indicatorId)
                ?.printed ?? row.target.indicatorId)
            : '—';
          return `<tr${row.illustrative ? ' class="illustrative"' : ''}><td>${e(row.deadline)}${row.deadlineInferred ? `<span class="sub">${e(t.deadlineInferred)}</span>` : ''}</td><td>${e(where)}</td><td lang="zh-CN">${e(row.target.text)}</td><td class="num">${e(targetValueText(row.target, lang))}</td><td lang="zh-CN">${e(indicator)}</td><td>${judged}</td></tr>`;
        })
        .join('');
      return `<h3>${group.year} (${group.rows.length})</h3>
<table><thead><tr><th>${e(t.deadline)}</th><th>${e(t.where)}</th><th>${e(t.targetText)}</th><th class="num">${e(t.value)}</th><th>${e(t.linkedIndicator)}</th><th>${e(t.status)}</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  const keys = [...milestoneStatuses, null] as const;
  const milestoneChart = stackedBarChart(
    report.milestones.map((group) => ({
      label: String(group.year),
      segments: keys.map((status) => {
        const entry = status === null ? NOT_JUDGED : milestoneEntry(status);
        return {
          key: status ?? 'not_judged',
          label: entry.label[lang],
          value: group.rows.filter((row) => (row.assessment?.status ?? null) === status).length,
          colour: entry.colour,
        };
      }),
    })),
    { title: t.chartMilestones, width: 760 },
  );
  const demo = report.milestones.some((group) => group.rows.some((row) => row.illustrative));
  return `<p>${e(t.projectsLead(report.projects.length, targetsTotal))}</p>
<h3>${e(t.projectTable)}</h3>
<table><thead><tr><th>${e(t.where)}</th><th>${e(t.project)}</th><th class="num">${e(t.measures)}</th><th class="num">${e(t.targets)}</th><th class="num">${e(t.judged)}</th><th>${e(t.deadlines)}</th></tr></thead><tbody>${projects}</tbody></table>
${figure(projectChart, t.chartProjects, t, false)}
<h3>${e(t.milestonesTitle)}</h3>
${figure(milestoneChart, t.chartMilestones, t, demo)}
${groups}`;
}

function consistencySection(report: Report, t: ReportText): string {
  const { lang } = report;
  const { findings, checks } = report.consistency;
  const agrees = checks.filter((check) => check.outcome === 'agrees').length;
  const severities = ['high', 'medium', 'low'] as const;
  const severityColour = { high: '#cf222e', medium: '#d4a72c', low: '#8c959f' } as const;
  const rows = findings
    .map((finding) => {
      const readings = finding.readings
        .map((reading) =>
          reading.basis === 'printed'
            ? `<li lang="zh-CN">“${e(reading.text)}”<span class="sub">${e(reading.label?.[lang] ?? '')}${reading.location.line ? ` · ${e(t.line(reading.location.line))}` : ''}</span></li>`
            : `<li>${e(reading.description[lang])}</li>`,
        )
        .join('');
      return `<tr><td>${chip(t.severities[finding.severity], severityColour[finding.severity])}</td><td>${e(t.kinds[finding.kind])}</td><td>${e(finding.title[lang])}</td><td><ul>${readings}</ul></td><td>${e(remarkText(finding.explanation, lang))}</td></tr>`;
    })
    .join('');
  const kinds = Object.keys(t.kinds) as (keyof ReportText['kinds'])[];
  const palette = [
    '#0969da',
    '#8250df',
    '#bf3989',
    '#1a7f37',
    '#9a6700',
    '#cf222e',
    '#57606a',
    '#0a3069',
  ];
  const findingsChart = stackedBarChart(
    severities.map((severity) => ({
      label: t.severities[severity],
      segments: kinds.map((kind, index) => ({
        key: kind,
        label: t.kinds[kind],
        value: findings.filter((finding) => finding.severity === severity && finding.kind === kind)
          .length,
        colour: palette[index % palette.length] as string,
      })),
    })),
    { title: t.chartFindings, width: 760 },
  );
  const checkRows = checks
    .map(
      (check) =>
        `<tr><td>${e(remarkText(check.title, lang))}</td><td>${chip(check.outcome === 'agrees' ? t.agrees : t.disagrees, check.outcome === 'agrees' ? '#2da44e' : '#cf222e')}</td><td>${e(remarkText(check.detail, lang))}</td></tr>`,
    )
    .join('');
  const checksChart = horizontalBarChart(
    [
      { label: t.agrees, value: agrees, colour: '#2da44e' },
      { label: t.disagrees, value: checks.length - agrees, colour: '#cf222e' },
    ],
    { title: t.chartChecks },
  );
  return `<p>${e(t.consistencyLead(findings.length, checks.length, agrees))}</p>
<h3>${e(t.findingsTitle)}</h3>
<table><thead><tr><th>${e(t.severity)}</th><th>${e(t.kind)}</th><th>${e(t.finding)}</th><th>${e(t.readings)}</th><th>${e(t.explanation)}</th></tr></thead><tbody>${rows}</tbody></table>
${figure(findingsChart, t.chartFindings, t, false)}
<h3>${e(t.checksTitle)}</h3>
<table><thead><tr><th>${e(t.check)}</th><th>${e(t.outcome)}</th><th>${e(t.explanation)}</th></tr></thead><tbody>${checkRows}</tbody></table>
${figure(checksChart, t.chartChecks, t, false)}`;
}

function dataSection(report: Report, t: ReportText): string {
  const sources = report.sources
    .map(
      (source) =>
        `<tr${source.illustrative ? ' class="illustrative"' : ''}><td>${e(source.source)}${source.illustrative ? demoTag(t) : ''}</td><td class="num">${source.observations}</td><td class="num">${source.indicators}</td><td>${e(source.firstTime)}–${e(source.lastTime)}</td><td>${source.illustrative ? e(t.yes) : e(t.no)}</td></tr>`,
    )
    .join('');
  const sourcesChart = horizontalBarChart(
    report.sources.map((source) => ({
      label: source.source,
      value: source.observations,
      colour: source.illustrative ? '#9a3412' : '#0969da',
      ...(source.illustrative ? { note: `† ${t.illustrativeTag}` } : {}),
    })),
    { title: t.chartSources },
  );
  const age = report.age.byLatestYear
    .map(
      (entry) =>
        `<tr><td>${entry.year ?? e(t.none)}</td><td class="num">${entry.indicators}${entry.illustrative > 0 ? demoTag(t) : ''}</td></tr>`,
    )
    .join('');
  const ageChart = horizontalBarChart(
    report.age.byLatestYear.map((entry) => ({
      label: entry.year === null ? t.none : String(entry.year),
      value: entry.indicators,
      colour: entry.year === null ? '#8c959f' : '#0969da',
    })),
    { title: t.chartAge },
  );
  const demo = report.showsIllustrative;
  return `<p>${e(t.dataLead)}</p>
<h3>${e(t.sourcesTitle)}</h3>
${
  report.sources.length > 0
    ? `<table><thead><tr><th>${e(t.source)}</th><th class="num">${e(t.observations)}</th><th class="num">${e(t.indicatorsCovered)}</th><th>${e(t.years)}</th><th>${e(t.illustrative)}</th></tr></thead><tbody>${sources}</tbody></table>
${figure(sourcesChart, t.chartSources, t, demo)}`
    : `<p>${e(t.noFigures)}</p>`
}
${report.setAside > 0 ? `<p>${e(t.setAside(report.setAside))}</p>` : ''}
<h3>${e(t.ageTitle)}</h3>
<table><thead><tr><th>${e(t.latestYear)}</th><th class="num">${e(t.indicatorsCount)}</th></tr></thead><tbody>${age}</tbody></table>
${report.age.meanAgeYears !== null ? `<p>${e(t.meanAge(formatNumber(report.age.meanAgeYears, 1)))}${demo ? demoTag(t) : ''}</p>` : ''}
${figure(ageChart, t.chartAge, t, demo)}`;
}

function notesSection(report: Report, t: ReportText): string {
  return `<ol>${t
    .notes(report.plan.baselineYear, report.plan.targetYear)
    .map((note) => `<li>${e(note)}</li>`)
    .join('')}</ol>
${report.showsIllustrative ? `<p class="banner demo">${e(t.illustrativeNote)}</p>` : ''}`;
}
