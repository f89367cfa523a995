import { useId } from 'react';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { AdditiveCheck } from './comparison.types.js';
import type { ComparisonView } from './comparisonView.js';
import { useComparisonWords } from './comparisonWords.js';

// How each result reads at a glance besides its words (never colour alone).
const marks: Record<AdditiveCheck['status'], string> = {
  match: '✓',
  mismatch: '✗',
  incomplete: '…',
  'no-subject-figure': '–',
};

/**
 * Counts that add up (parks, trails): the districts' sum beside the city's
 * own figure. A mismatch is reported, the city's figure never replaced.
 */
export function AdditiveChecksSection({ view }: { view: ComparisonView }) {
  const { pick, locale } = useLocale();
  const w = useComparisonWords();
  const id = useId();
  const checks = view.answer.additiveChecks;
  return (
    <section aria-labelledby={`${id}-title`} className="comparison-section">
      <h2 id={`${id}-title`}>{w('additiveTitle')}</h2>
      <p className="muted small">{w('additiveIntro')}</p>
      {checks.length === 0 ? (
        <p className="empty">{w('additiveNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{w('additiveTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{w('indicator')}</th>
                <th scope="col">{w('date')}</th>
                <th scope="col" className="num">
                  {w('derived')}
                </th>
                <th scope="col" className="num">
                  {w('reported')}
                </th>
                <th scope="col" className="num">
                  {w('regionsReported')}
                </th>
                <th scope="col">{w('result')}</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((check) => {
                const indicator = view.indicatorOf(check.indicatorId);
                return (
                  <tr key={`${check.indicatorId}/${check.date}`}>
                    <th scope="row">{indicator ? pick(indicator.name) : check.indicatorId}</th>
                    <td className="nowrap">{formatDate(check.date, locale)}</td>
                    <td className="num">{formatNumber(check.derived, locale)}</td>
                    <td className="num">{formatNumber(check.reported, locale)}</td>
                    <td className="num">
                      {check.regionsReported}/{check.regionsExpected}
                    </td>
                    <td className={`additive-${check.status}`} data-status={check.status}>
                      <span aria-hidden="true">{marks[check.status]} </span>
                      {w(`additive.${check.status}`)}
                      {check.status === 'mismatch' && check.difference !== null ? (
                        <span className="cell-note">
                          {w('difference', { difference: formatNumber(check.difference, locale) })}
                        </span>
                      ) : null}
                      {check.missingRegions.length > 0 ? (
                        <span className="cell-note">
                          {w('missingRegions', {
                            names: check.missingRegions
                              .map((region) => pick(view.regionName(region)))
                              .join(locale === 'zh' ? '、' : ', '),
                          })}
                        </span>
                      ) : null}
                    </td>
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
