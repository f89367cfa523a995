import type { AssessmentItem } from '../../api/assessments.js';
import type { Indicator, Observation, PlanSummary } from '../../api/types.js';
import { IllustrativeTag } from '../../components/IllustrativeTag.js';
import { ProgressBars } from '../../components/ProgressBars.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatPeriod } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { formatExpected, formatObservedValue, printedOf } from '../../lib/planValues.js';
import type { Settings } from '../../lib/useSettings.js';

/**
 * The head of the page: the name in both languages, the plan's values, the
 * latest figure, the expected value and the status by the chosen method, then
 * completion against time elapsed and the indicator's notes.
 */
export function IndicatorHead({
  indicator,
  plan,
  latest,
  current,
  timeProgress,
  method,
}: {
  indicator: Indicator;
  plan: Pick<PlanSummary, 'baselineYear' | 'targetYear' | 'benchmarkRegion' | 'regions'>;
  /** The latest observation on the as-of date */
  latest: Observation | undefined;
  /** The assessment by the chosen method */
  current: AssessmentItem | undefined;
  /** The time-progress assessment: completion, time elapsed, expected value, benchmark */
  timeProgress: AssessmentItem | undefined;
  method: Settings['method'];
}) {
  const { t, pick, locale } = useLocale();
  const benchmark = plan.regions.find((region) => region.id === plan.benchmarkRegion);
  const benchmarkNote = timeProgress?.quantities.find((quantity) => quantity.benchmark)?.benchmark;
  return (
    <section className="page-head">
      <h1>{pick(indicator.name)}</h1>
      <p className="other-language" lang={locale === 'zh' ? 'en' : 'zh-CN'}>
        {locale === 'zh' ? indicator.name.en : indicator.name.zh}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('col.baseline', { year: plan.baselineYear })}</dt>
          <dd>{printedOf(indicator.values.subject.baseline, locale)}</dd>
        </div>
        <div>
          <dt>{t('col.target', { year: plan.targetYear })}</dt>
          <dd>{printedOf(indicator.values.subject.target, locale)}</dd>
        </div>
        <div>
          <dt>{benchmark ? pick(benchmark.name) : plan.benchmarkRegion}</dt>
          <dd>
            {printedOf(indicator.values.benchmark.baseline, locale)} →{' '}
            {printedOf(indicator.values.benchmark.target, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('col.latest')}</dt>
          <dd>
            {latest ? (
              <>
                {formatObservedValue(latest.value, indicator, locale)}{' '}
                <span className="small muted">{formatPeriod(latest, locale)}</span>
                {latest.illustrative ? <IllustrativeTag /> : null}
              </>
            ) : (
              t('common.noData')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('col.expected')}</dt>
          <dd>{timeProgress ? formatExpected(timeProgress, indicator, locale) : '—'}</dd>
        </div>
        <div>
          <dt>{t('col.unit')}</dt>
          <dd>{pick(indicator.unit)}</dd>
        </div>
        <div>
          <dt>{t('detail.direction')}</dt>
          <dd>{t(`direction.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('col.status')}</dt>
          <dd>
            {current ? (
              <StatusBadge method={method} status={current.status} label={current.label} />
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
      {timeProgress ? (
        <ProgressBars
          completion={timeProgress.completion}
          timeProgress={timeProgress.timeProgress}
        />
      ) : null}
      {benchmarkNote ? <p className="small">{pick(benchmarkNote.explanation)}</p> : null}
      {indicator.notes.length > 0 ? (
        <details className="notes">
          <summary>{t('detail.notes')}</summary>
          <ul>
            {indicator.notes.map((note) => (
              <li key={note.text.en}>{pick(note.text)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
