import { useId } from 'react';
import { formatDate, formatDifference, formatNumber } from '../../i18n/format.js';
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

/** The checks as a table: indicator, date, the districts' sum, the city's figure, who reported, the result. */
function ChecksTable({
  view,
  checks,
  caption,
}: {
  view: ComparisonView;
  checks: readonly AdditiveCheck[];
  caption: string;
}) {
  const { pick, locale } = useLocale();
  const w = useComparisonWords();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
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
                  {check.status === 'mismatch' && check.difference !== null && indicator ? (
                    <span className="cell-note">
                      {w('difference', {
                        difference: formatDifference(check.difference, indicator.unit, locale),
                      })}
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
  );
}

/** Each indicator's latest check (shown first), and the earlier ones, newest first. */
export function splitLatest(checks: readonly AdditiveCheck[]) {
  const sorted = [...checks].sort((a, b) => b.date.localeCompare(a.date));
  const seen = new Set<string>();
  const latest: AdditiveCheck[] = [];
  const earlier: AdditiveCheck[] = [];
  for (const check of sorted) {
    if (seen.has(check.indicatorId)) earlier.push(check);
    else {
      seen.add(check.indicatorId);
      latest.push(check);
    }
  }
  // Each indicator where the API first lists it.
  const order = new Map<string, number>();
  checks.forEach((check, index) => {
    if (!order.has(check.indicatorId)) order.set(check.indicatorId, index);
  });
  latest.sort((a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0));
  return { latest, earlier };
}

/**
 * Counts that add up (parks, schools): the districts' sum beside the city's
 * own figure. A mismatch is reported, the city's figure never replaced.
 */
export function AdditiveChecksSection({ view }: { view: ComparisonView }) {
  const w = useComparisonWords();
  const id = useId();
  const checks = view.answer.additiveChecks;
  const { latest, earlier } = splitLatest(checks);
  return (
    <section aria-labelledby={`${id}-title`} className="comparison-section">
      <h2 id={`${id}-title`}>{w('additiveTitle')}</h2>
      <p className="muted small">{w('additiveIntro')}</p>
      {checks.length === 0 ? (
        <p className="empty">{w('additiveNone')}</p>
      ) : (
        <>
          <ChecksTable view={view} checks={latest} caption={w('additiveTitle')} />
          {earlier.length > 0 ? (
            <details className="ranking-weights">
              <summary>{w('additiveEarlier', { count: earlier.length })}</summary>
              <ChecksTable
                view={view}
                checks={earlier}
                caption={w('additiveEarlier', { count: earlier.length })}
              />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
