import type { Plan } from '@plan/indicators';
import { formatShare } from '../_lib/formatNumbers.js';
import type { Lang } from '../_lib/localize.js';
import { renderTextTable } from '../_lib/renderTextTable.js';
import { ASSESSMENT_TEXT, textIn } from './assessmentText.js';
import { dataBasisText, ILLUSTRATIVE_MARK } from './dataBasisText.js';
import { indicatorName } from './indicatorName.js';
import type { IndicatorRow } from './indicatorRows.js';
import type { AssessmentRun } from './runAssessment.js';
import { methodName, statusEntry } from './statusLegend.js';

const progressText = (row: IndicatorRow, pick: 'completion' | 'timeProgress') =>
  row.progress.length === 0
    ? '—'
    : row.progress.map((figures) => formatShare(figures[pick])).join(' / ');

/** The amendments in force the assessment used, when there are any (every method uses the same). */
function amendmentsLine(run: AssessmentRun, lang: Lang): string[] {
  const applied = run.results[0]?.assessment.amendmentsApplied ?? [];
  if (applied.length === 0) return [];
  const ids = applied.map((amendment) => `${amendment.id} (${amendment.effectiveDate})`);
  return [textIn(ASSESSMENT_TEXT, lang).amendmentsInForce(ids.join(', '))];
}

/**
 * The assessment as plain-text tables for a terminal: per region, one row
 * per indicator with the plan's printed base and target, the latest value
 * (marked † when illustrative), 完成进度 vs 时序进度 and each method's status;
 * then the counts per status by table and for the whole plan.
 */
export function renderAssessmentTable(
  plan: Readonly<Plan>,
  run: AssessmentRun,
  rows: readonly IndicatorRow[],
  lang: Lang,
): string {
  const h = textIn(ASSESSMENT_TEXT, lang);
  const methods = run.results.map((result) => result.method);
  const out: string[] = [
    `${plan.title[lang]}`,
    `${h.asOf} ${run.asOf} · ${methods.map((method) => methodName(method, lang)).join(' · ')}`,
    dataBasisText(run.includeIllustrative, lang),
    ...amendmentsLine(run, lang),
    '',
  ];
  for (const region of run.regions) {
    out.push(`■ ${plan.regions.find((entry) => entry.id === region)?.name[lang] ?? region}`);
    const regionRows = rows.filter((row) => row.region === region);
    const withProgress = methods.includes('time-progress');
    const columns = [
      { header: h.indicator },
      { header: h.baseline, align: 'right' as const },
      { header: h.latest, align: 'right' as const },
      { header: h.target, align: 'right' as const },
      ...(withProgress
        ? [
            { header: h.completion, align: 'right' as const },
            { header: h.time, align: 'right' as const },
          ]
        : []),
      ...methods.map((method) => ({ header: methods.length === 1 ? h.status : method })),
    ];
    const cells = regionRows.map((row) => [
      indicatorName(row.indicator, lang),
      row.baselineText,
      row.latestText === null
        ? '—'
        : `${row.latestText}${row.provenance.illustrative ? ILLUSTRATIVE_MARK : ''} (${row.latestTime})`,
      row.targetText,
      ...(withProgress ? [progressText(row, 'completion'), progressText(row, 'timeProgress')] : []),
      ...row.assessments.map((item) => item.assessment.label[lang]),
    ]);
    out.push(renderTextTable(columns, cells), '');
    out.push(`${h.rollUps}:`);
    for (const { method, assessment } of run.results) {
      const groups = [
        ...assessment.rollUps.tables.filter((group) => group.region === region),
        ...assessment.rollUps.regions.filter((group) => group.id === region),
      ];
      for (const group of groups) {
        const name =
          group.level === 'region'
            ? h.plan
            : (plan.tables.find((table) => table.id === group.id)?.title[lang] ?? group.id);
        const counts = Object.entries(group.counts)
          .filter(([, count]) => count > 0)
          .map(([status, count]) => `${statusEntry(method, status).label[lang]} ${count}`)
          .join(h.listSeparator);
        out.push(`  [${method}] ${name} — ${h.count(group.indicators)}: ${counts}`);
      }
    }
    out.push('');
  }
  if (run.includeIllustrative && rows.some((row) => row.provenance.illustrative)) {
    out.push(h.illustrativeNote(ILLUSTRATIVE_MARK));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
