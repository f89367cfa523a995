import type { FinalQuantity, FinalVerdict } from '@plan/scoring';
import { formatNumber, formatShare } from '../../_lib/formatNumbers.js';
import type { Lang } from '../../_lib/localize.js';
import { indicatorNameCell } from '../reportCells.js';
import type { Cell, Section } from '../reportModel.types.js';
import type { ReportText } from '../reportText.js';
import type { SectionInput } from './sectionInput.js';

/** The colour of each verdict's chip: met green, missed red, no data grey. */
const VERDICT_COLOURS: Record<FinalVerdict, string> = {
  met: '#2da44e',
  missed: '#cf222e',
  no_data: '#8c959f',
  no_target: '#d0d7de',
};

/** One line per quantity (a whole indicator, or each part of a split one), or one cell for one. */
function perQuantity(
  quantities: readonly FinalQuantity[],
  lang: Lang,
  text: (quantity: FinalQuantity) => string,
  /** The figure a spreadsheet keeps as a number, for an indicator of one quantity. */
  value?: (quantity: FinalQuantity) => number | null,
): Cell {
  const lines = quantities.map(
    (quantity): Cell => ({
      text: `${quantity.partLabel ? `${quantity.partLabel[lang]} ` : ''}${text(quantity)}`,
    }),
  );
  const [only] = quantities;
  if (lines.length <= 1)
    return {
      text: lines[0]?.text ?? '—',
      ...(value && only ? { value: value(only) } : {}),
    };
  return { text: lines.map((line) => line.text).join(' / '), items: { as: 'lines', cells: lines } };
}

/**
 * A difference with its unit: percentage points for a share (+3.2个百分点, +3.2 pp),
 * else the indicator's unit (−120人); a unit-less ratio as a bare number.
 */
function signed(
  value: number | null,
  unit: { zh: string; en: string; kind: string },
  t: ReportText,
  lang: Lang,
): string {
  if (value === null) return '—';
  const number = `${value > 0 ? '+' : ''}${formatNumber(value)}`;
  if (unit.kind === 'percent') return `${number}${t.percentPoints}`;
  const name = unit[lang];
  if (name === '' || name === '—') return number;
  return lang === 'zh' ? `${number}${name}` : `${number} ${name}`;
}

/** A share of the way capped at 100% with 超额完成 beside it, the uncapped figure in brackets. */
function shareOfWayText(share: number | null, t: ReportText, lang: Lang): string {
  if (share === null || share <= 1) return formatShare(share);
  const uncapped = t.uncapped(formatShare(share));
  return `${formatShare(1)} ${t.exceeded}${lang === 'zh' ? `（${uncapped}）` : ` (${uncapped})`}`;
}

/** A value and its time: 98.6（2023） in Chinese, 98.6 (2023) in English. */
const timed = (value: number, time: string, lang: Lang) =>
  lang === 'zh' ? `${formatNumber(value)}（${time}）` : `${formatNumber(value)} (${time})`;

function afterText(quantity: FinalQuantity, t: ReportText, lang: Lang): string {
  const after = quantity.afterDeadline;
  if (!after) return '—';
  return `${timed(after.value, after.time, lang)}${lang === 'zh' ? '' : ', '}${after.met ? t.metAfter : t.notMetAfter}`;
}

/**
 * 总结评估: as of a date after the plan's end, each indicator of the report's
 * region met or not at the end date by its last value then, by how much,
 * and apart from that what was achieved after the deadline (@plan/scoring's
 * finalEvaluation, which never lets a later value change the verdict).
 */
export function finalEvaluationSection({ report, t }: SectionInput): Section | undefined {
  const final = report.finalEvaluation;
  if (!final) return undefined;
  const { lang } = report;
  const demo = report.showsIllustrative;
  const mine = final.indicators.filter((item) => item.region === report.region.id);
  const count = (verdict: FinalVerdict) => mine.filter((item) => item.verdict === verdict).length;
  const metAfter = mine.filter((item) => item.metAfterDeadline).length;
  const rowOf = new Map(report.rows.map((row) => [row.indicator.id, row]));
  return {
    id: 'final',
    heading: t.finalHeading,
    blocks: [
      { kind: 'paragraph', text: t.finalLead(final.endDate) },
      {
        kind: 'kpis',
        items: [
          // A plan that sets no target for an indicator has it counted too, when there is one.
          ...(
            [
              'met',
              'missed',
              'no_data',
              ...(count('no_target') > 0 ? ['no_target' as const] : []),
            ] as const
          ).map((verdict) => ({
            value: String(count(verdict)),
            label: t.finalKpis[verdict],
            illustrative: demo,
          })),
          { value: String(metAfter), label: t.finalKpis.metAfterDeadline, illustrative: demo },
        ],
      },
      { kind: 'heading', level: 3, text: t.finalTable },
      {
        kind: 'table',
        table: {
          sheet: t.finalSheet,
          columns: [
            { header: t.indicator, width: 44 },
            { header: t.target(report.plan.targetYear), numeric: true, width: 14 },
            { header: t.atEnd, numeric: true, width: 18 },
            { header: t.verdict, width: 12 },
            { header: t.difference, numeric: true, width: 12 },
            { header: t.shareOfWay, numeric: true, percent: true, width: 12 },
            { header: t.afterDeadline, width: 26 },
            { header: t.statusAtEnd, width: 16 },
          ],
          rows: mine.map((item) => {
            const row = rowOf.get(item.indicatorId);
            const illustrative = row?.provenance.illustrative ?? false;
            return {
              illustrative,
              cells: [
                row ? indicatorNameCell(row, lang, illustrative) : { text: item.name[lang] },
                perQuantity(item.quantities, lang, (q) => q.target?.printed ?? '—'),
                perQuantity(item.quantities, lang, (q) =>
                  q.atEnd ? timed(q.atEnd.value, q.atEnd.time, lang) : '—',
                ),
                {
                  text: t.finalKpis[item.verdict],
                  colour: VERDICT_COLOURS[item.verdict],
                  hint: item.explanation[lang],
                  ...(illustrative ? { illustrative } : {}),
                },
                perQuantity(
                  item.quantities,
                  lang,
                  (q) => signed(q.difference, item.unit, t, lang),
                  (q) => q.difference,
                ),
                perQuantity(
                  item.quantities,
                  lang,
                  (q) => shareOfWayText(q.shareOfWay, t, lang),
                  (q) => q.shareOfWay,
                ),
                perQuantity(item.quantities, lang, (q) => afterText(q, t, lang)),
                { text: item.labelAtEnd[lang] },
              ],
            };
          }),
        },
      },
    ],
  };
}
