import type { FinalEvaluation, FinalQuantity } from '@plan/scoring';
import { Link } from 'react-router';
import { dayOf } from '../api/assessments.js';
import {
  formatDate,
  formatDifference,
  formatNumber,
  formatPrintedNumbers,
} from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import type { Locale } from '../i18n/messages.js';
import { useSettingsSearch } from '../lib/useSettings.js';

const VERDICTS = ['met', 'missed', 'no_data', 'no_target'] as const;

/** One figure per quantity ("中职 59 / 高职 52"), or "—" when none has one. */
function perQuantity(
  quantities: readonly FinalQuantity[],
  figure: (quantity: FinalQuantity) => string | null,
  locale: Locale,
): string {
  const parts = quantities
    .map((quantity) => {
      const text = figure(quantity);
      if (text === null) return null;
      const label = quantity.partLabel ? quantity.partLabel[locale] : '';
      return `${label}\u00a0${text}`.trim();
    })
    .filter((text) => text !== null);
  return parts.length > 0 ? parts.join(' / ') : '—';
}

/**
 * The final evaluation (总结评估) the API computed for an as-of date after the
 * plan's end: each indicator met or not at the end date, by how much, and the
 * latest value after the deadline shown apart (it never changes the verdict).
 */
export function FinalEvaluationSection({
  evaluation,
  rows,
}: {
  evaluation: FinalEvaluation;
  /** How many of the indicators' rows to render (for now: see useRestLater); all by default */
  rows?: number;
}) {
  const { t, pick, locale } = useLocale();
  const search = useSettingsSearch();
  return (
    <section aria-labelledby="final-evaluation" className="final-evaluation">
      <h2 id="final-evaluation">{t('final.title')}</h2>
      <p className="muted small">
        {t('final.intro', { date: formatDate(evaluation.endDate, locale) })}
      </p>
      <ul className="final-counts">
        {VERDICTS.map((verdict) => (
          <li key={verdict}>
            {t(`final.${verdict}`)} <strong>{evaluation.counts[verdict]}</strong>
          </li>
        ))}
        <li>
          {t('final.metAfterDeadline')} <strong>{evaluation.counts.metAfterDeadline}</strong>
        </li>
      </ul>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('col.name')}</th>
              <th scope="col">{t('final.verdict')}</th>
              <th scope="col">{t('final.atEnd')}</th>
              <th scope="col">{t('final.target')}</th>
              <th scope="col">{t('final.difference')}</th>
              <th scope="col">{t('final.after')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.indicators.slice(0, rows).map((item) => (
              <tr key={`${item.indicatorId}-${item.region}`} data-verdict={item.verdict}>
                <th scope="row">
                  <Link to={`/indicators/${encodeURIComponent(item.indicatorId)}${search}`}>
                    {pick(item.name)}
                  </Link>
                </th>
                <td>
                  {t(`final.${item.verdict}`)}
                  {item.metAfterDeadline ? ` · ${t('final.metAfterDeadline')}` : ''}
                </td>
                <td className="num">
                  {perQuantity(
                    item.quantities,
                    (quantity) =>
                      quantity.atEnd ? formatNumber(quantity.atEnd.value, locale) : null,
                    locale,
                  )}
                </td>
                <td className="num">
                  {perQuantity(
                    item.quantities,
                    (quantity) =>
                      quantity.target
                        ? formatPrintedNumbers(quantity.target.printed, locale)
                        : null,
                    locale,
                  )}
                </td>
                <td className="num">
                  {perQuantity(
                    item.quantities,
                    (quantity) =>
                      quantity.difference === null
                        ? null
                        : formatDifference(quantity.difference, item.unit, locale),
                    locale,
                  )}
                </td>
                <td className="num">
                  {perQuantity(
                    item.quantities,
                    (quantity) =>
                      quantity.afterDeadline
                        ? `${formatNumber(quantity.afterDeadline.value, locale)} (${formatDate(dayOf(quantity.afterDeadline.time), locale)})`
                        : null,
                    locale,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
