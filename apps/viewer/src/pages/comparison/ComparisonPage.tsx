import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useIndicators, usePlan } from '../../api/queries.js';
import { IllustrativeBanner } from '../../components/IllustrativeBanner.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { formatDate } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { useSettings } from '../../lib/useSettings.js';
import { AdditiveChecksSection } from './AdditiveChecksSection.js';
import { CompletenessSection } from './CompletenessSection.js';
import { comparisonView } from './comparisonView.js';
import { useComparisonWords } from './comparisonWords.js';
import { MapSection } from './MapSection.js';
import { MatrixSection } from './MatrixSection.js';
import { OutliersSection } from './OutliersSection.js';
import { RankingSection } from './RankingSection.js';
import './comparison.css';
import { useComparison } from './useComparison.js';

/**
 * The nine 旗区 (a plan's districts) side by side, as the API judged them on
 * the as-of date: the map and its table, the district × indicator matrix,
 * the ranking with its method, reporting completeness, figures to review and
 * counts that add up. Any plan: the districts are the subject region's.
 */
export default function ComparisonPage() {
  const { t, locale } = useLocale();
  const w = useComparisonWords();
  usePageTitle(w('title'));
  const id = useId();
  const [settings] = useSettings();
  const [params, setParams] = useSearchParams();
  const includeSubmitted = params.get('submitted') === '1';
  const plan = usePlan();
  const indicators = useIndicators();
  const comparison = useComparison({
    asOf: settings.asOf,
    method: settings.method,
    illustrative: settings.illustrative,
    includeSubmitted,
  });
  const view = useMemo(
    () =>
      comparison.data && plan.data && indicators.data
        ? comparisonView(comparison.data, plan.data, indicators.data, settings.method)
        : undefined,
    [comparison.data, plan.data, indicators.data, settings.method],
  );
  if (plan.isError) return <ErrorNotice error={plan.error} retry={() => void plan.refetch()} />;
  if (indicators.isError)
    return <ErrorNotice error={indicators.error} retry={() => void indicators.refetch()} />;
  if (comparison.isError)
    return <ErrorNotice error={comparison.error} retry={() => void comparison.refetch()} />;
  if (!plan.data || !view) return <Loading />;
  const illustrative = comparison.data?.illustrative ?? false;
  return (
    <>
      {illustrative ? <IllustrativeBanner /> : null}
      <section className="page-head">
        <h1>{w('title')}</h1>
        <p className="muted">{w('intro')}</p>
        <dl className="facts">
          <div>
            <dt>{w('asOf')}</dt>
            <dd>{formatDate(view.answer.asOf, locale)}</dd>
          </div>
          {view.answer.previousAsOf ? (
            <div>
              <dt>{w('previousAsOf')}</dt>
              <dd>{formatDate(view.answer.previousAsOf, locale)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{w('method')}</dt>
            <dd>{t(`method.${settings.method}`)}</dd>
          </div>
        </dl>
        <div className="control control-check no-print">
          <input
            id={`${id}-submitted`}
            type="checkbox"
            checked={includeSubmitted}
            onChange={(event) =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (event.target.checked) next.set('submitted', '1');
                  else next.delete('submitted');
                  return next;
                },
                { replace: true },
              )
            }
          />
          <label htmlFor={`${id}-submitted`}>{w('includeSubmitted')}</label>
        </div>
        {includeSubmitted ? (
          <p className="notice">
            {w('submittedNote')} {view.answer.usedSubmitted ? w('usedSubmitted') : null}
          </p>
        ) : null}
      </section>
      <MapSection view={view} plan={plan.data} />
      <MatrixSection view={view} plan={plan.data} />
      <RankingSection view={view} />
      <CompletenessSection view={view} />
      <OutliersSection view={view} />
      <AdditiveChecksSection view={view} />
    </>
  );
}
