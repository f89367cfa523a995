import { useId } from 'react';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { ComparisonView } from './comparisonView.js';
import { useComparisonWords } from './comparisonWords.js';

/** Figures far off their district's own trend, flagged for review: the API changed nothing. */
export function OutliersSection({ view }: { view: ComparisonView }) {
  const { pick, locale } = useLocale();
  const w = useComparisonWords();
  const id = useId();
  const { outliers } = view.answer;
  return (
    <section aria-labelledby={`${id}-title`} className="comparison-section">
      <h2 id={`${id}-title`}>{w('outliersTitle')}</h2>
      <p className="muted small">
        {pick(view.answer.outlierRule)} {w('outliersIntro')}
      </p>
      {outliers.length === 0 ? (
        <p className="empty">{w('outliersNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{w('outliersTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{w('region')}</th>
                <th scope="col">{w('indicator')}</th>
                <th scope="col">{w('date')}</th>
                <th scope="col" className="num">
                  {w('value')}
                </th>
                <th scope="col" className="num">
                  {w('expected')}
                </th>
                <th scope="col">{w('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {outliers.map((outlier) => {
                const indicator = view.indicatorOf(outlier.indicatorId);
                return (
                  <tr key={`${outlier.region}/${outlier.indicatorId}/${outlier.date}`}>
                    <th scope="row" className="nowrap">
                      {pick(view.regionName(outlier.region))}
                    </th>
                    <td>{indicator ? pick(indicator.name) : outlier.indicatorId}</td>
                    <td className="nowrap">{formatDate(outlier.date, locale)}</td>
                    <td className="num">{formatNumber(outlier.value, locale)}</td>
                    <td className="num">{formatNumber(outlier.expected, locale)}</td>
                    <td>{pick(outlier.reason)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
