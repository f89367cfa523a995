import { useId } from 'react';
import { formatShare } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { ComparisonView } from './comparisonView.js';
import { useComparisonWords } from './comparisonWords.js';

// Below this reporting rate a district's figures may not represent it (the DHIS2 data quality guide).
const LOW_RATE = 0.8;

/** A reporting rate, marked "!" (and said in words) below 80 %; a dash when nothing was due. */
function Rate({ rate }: { rate: number | null }) {
  const { locale } = useLocale();
  const w = useComparisonWords();
  if (rate === null) return <>—</>;
  const low = rate < LOW_RATE;
  return (
    <span className={low ? 'rate-low' : undefined}>
      {formatShare(rate, locale)}
      {low ? (
        <>
          <span aria-hidden="true"> !</span>
          <span className="visually-hidden">{w('lowRate')}</span>
        </>
      ) : null}
    </span>
  );
}

/**
 * Which district reported how many of its indicators for which year:
 * DHIS2-style reporting rates, by the API's rule (said above the table); each
 * year's cell names, on hover, the indicators not reported.
 */
export function CompletenessSection({ view }: { view: ComparisonView }) {
  const { pick, locale } = useLocale();
  const w = useComparisonWords();
  const id = useId();
  const { periods, rows, rule } = view.answer.completeness;
  const nameOf = (indicatorId: string) => {
    const indicator = view.indicatorOf(indicatorId);
    return indicator ? pick(indicator.name) : indicatorId;
  };
  return (
    <section aria-labelledby={`${id}-title`} className="comparison-section">
      <h2 id={`${id}-title`}>{w('completenessTitle')}</h2>
      <p className="muted small">
        {pick(rule)} {w('completenessLow')}
      </p>
      <div className="table-wrap">
        <table className="data-table completeness-table">
          <caption className="visually-hidden">{w('completenessTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{w('region')}</th>
              {periods.map((year) => (
                <th key={year} scope="col" className="num">
                  {year}
                </th>
              ))}
              <th scope="col" className="num">
                {w('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.region}>
                <th scope="row" className="nowrap">
                  {pick(view.regionName(row.region))}
                </th>
                {periods.map((year) => {
                  const entry = row.byYear.find((candidate) => candidate.year === year);
                  if (!entry)
                    return (
                      <td key={year} className="num">
                        —
                      </td>
                    );
                  const missing = entry.notReported.map(nameOf);
                  return (
                    <td
                      key={year}
                      className="num"
                      title={
                        missing.length > 0
                          ? w('notReported', { names: missing.join(locale === 'zh' ? '、' : ', ') })
                          : undefined
                      }
                    >
                      <Rate rate={entry.rate} />
                      <span className="cell-note">
                        {w('reportedOf', { reported: entry.reported, expected: entry.expected })}
                      </span>
                    </td>
                  );
                })}
                <td className="num">
                  <strong>
                    <Rate rate={row.rate} />
                  </strong>
                  <span className="cell-note">
                    {w('reportedOf', { reported: row.reported, expected: row.expected })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
