import { useId } from 'react';
import { formatNumber, formatShare } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { ComparisonView } from './comparisonView.js';
import { useComparisonWords } from './comparisonWords.js';

/**
 * The ranking by the API's composite: its method in a sentence, the weights,
 * and for each district its score, how many indicators were judged or missing
 * and the coverage. A district below the coverage floor is listed unranked,
 * with why: missing data never ranks it high or low.
 */
export function RankingSection({ view }: { view: ComparisonView }) {
  const { pick, locale } = useLocale();
  const w = useComparisonWords();
  const id = useId();
  const { ranking } = view.answer;
  // The API lists the ranked best first, then the unranked.
  const rows = ranking.rows;
  const weights = Object.entries(ranking.weights);
  return (
    <section aria-labelledby={`${id}-title`} className="comparison-section">
      <h2 id={`${id}-title`}>{w('rankingTitle')}</h2>
      <p className="ranking-method">
        <strong>
          {w('rankingMethod')}
          {w('colon')}
        </strong>
        {pick(ranking.method)}
      </p>
      <p className="muted small">
        {w('coverageFloor', { floor: formatShare(ranking.coverageFloor, locale) })}
      </p>
      <div className="table-wrap">
        <table className="data-table ranking-table">
          <caption className="visually-hidden">{w('rankingTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {w('rank')}
              </th>
              <th scope="col">{w('region')}</th>
              <th scope="col" className="num">
                {w('score')}
              </th>
              <th scope="col" className="num">
                {w('judged')}
              </th>
              <th scope="col" className="num">
                {w('missing')}
              </th>
              <th scope="col" className="num">
                {w('coverage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.region} className={row.rank === null ? 'unranked' : undefined}>
                <td className="num">{row.rank ?? '—'}</td>
                <th scope="row">
                  {pick(view.regionName(row.region))}
                  {row.rank === null ? (
                    <span className="cell-note">
                      {w('unranked')}
                      {w('colon')}
                      {row.unranked
                        ? pick(row.unranked)
                        : w('unrankedWhy', {
                            coverage: formatShare(row.coverage, locale),
                            missing: row.missing,
                          })}
                    </span>
                  ) : null}
                </th>
                <td className="num">{formatNumber(row.score, locale, 1)}</td>
                <td className="num">{row.judged}</td>
                <td className="num">{row.missing}</td>
                <td className="num">{formatShare(row.coverage, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {weights.length > 0 ? (
        <details className="ranking-weights">
          <summary>{w('rankingWeights')}</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{w('indicator')}</th>
                <th scope="col" className="num">
                  {w('weight')}
                </th>
              </tr>
            </thead>
            <tbody>
              {weights.map(([indicatorId, weight]) => {
                const indicator = view.indicatorOf(indicatorId);
                return (
                  <tr key={indicatorId}>
                    <th scope="row">{indicator ? pick(indicator.name) : indicatorId}</th>
                    <td className="num">{formatNumber(weight, locale, 3)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
