import { formatValueText } from '@plan/observations';
import { toCsv } from '@plan/observations/rows';
import type { IndicatorRow } from './indicatorRows.js';

/** The columns of `plan assess --format csv`, one row per indicator, region and method. */
export const ASSESSMENT_CSV_COLUMNS = [
  'method',
  'region',
  'table',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'unit',
  'baseline',
  'target',
  'latest',
  'latest_time',
  'latest_source',
  'illustrative',
  'completion_progress',
  'time_progress',
  'status',
  'label_zh',
  'label_en',
  'score',
] as const;

/** A share per quantity: one number, or `secondary=0.765;higher=0.749` for a split indicator. */
function shares(row: IndicatorRow, pick: 'completion' | 'timeProgress'): string | number | null {
  if (row.progress.length === 0) return null;
  if (row.progress.length === 1) return row.progress[0]?.[pick] ?? null;
  const parts = row.indicator.parts ?? [];
  return row.progress
    .map((figures, index) => `${parts[index]?.id ?? index}=${figures[pick] ?? ''}`)
    .join(';');
}

/**
 * The assessment as CSV (UTF-8 with a byte-order mark, so Excel reads the
 * Chinese), text cells neutralised against formulas. Plan values are printed
 * verbatim; the latest value is written as an import would take it.
 */
export function renderAssessmentCsv(rows: readonly IndicatorRow[]): string {
  const records = rows.flatMap((row) =>
    row.assessments.map(({ method, assessment }) => [
      method,
      row.region,
      row.indicator.table,
      row.indicator.id,
      row.indicator.printed,
      row.indicator.name.en,
      row.indicator.unit.en,
      row.baselineText,
      row.targetText,
      row.provenance.latest ? formatValueText(row.provenance.latest.value, 'en') : null,
      row.latestTime,
      row.provenance.latest?.source ?? null,
      row.provenance.illustrative,
      shares(row, 'completion'),
      shares(row, 'timeProgress'),
      assessment.status,
      assessment.label.zh,
      assessment.label.en,
      assessment.missing ? null : assessment.score,
    ]),
  );
  return toCsv([...ASSESSMENT_CSV_COLUMNS], records);
}
