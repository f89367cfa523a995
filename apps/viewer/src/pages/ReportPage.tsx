import type { CSSProperties } from 'react';
import { useAssessments, useMilestones } from '../api/assessmentQueries.js';
import { type AssessmentItem, periodTimeProgress } from '../api/assessments.js';
import {
  useConsistency,
  useIndicators,
  useObservations,
  usePlan,
  useProjects,
  useTargets,
} from '../api/queries.js';
import { DueBadge } from '../components/DueBadge.js';
import { FinalEvaluationSection } from '../components/FinalEvaluationSection.js';
import { MilestoneBadge } from '../components/MilestoneBadge.js';
import { MilestoneTableHead } from '../components/MilestoneTableHead.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { StatusIcon } from '../components/StatusIcon.js';
import { TargetValue } from '../components/TargetValue.js';
import {
  formatCompletion,
  formatDate,
  formatDifference,
  formatPeriod,
  formatShare,
} from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { dueState } from '../lib/deadlines.js';
import { latestObservations } from '../lib/latestObservations.js';
import { planEndDate, planHasEnded } from '../lib/planPeriod.js';
import { formatObservedValue, printedOf } from '../lib/planValues.js';
import { rollUpOf, statusCounts } from '../lib/rollups.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useSettings } from '../lib/useSettings.js';
import { ReportPageDownloads } from './ReportPageDownloads.js';

/** Completion minus time elapsed, in percentage points with their unit: "+4.2个百分点" / "−10 pp". */
function gapOf(item: AssessmentItem | undefined, locale: 'zh' | 'en'): string {
  if (!item || item.completion === null || item.timeProgress === null) return '—';
  return formatDifference((item.completion - item.timeProgress) * 100, 'points', locale, 1);
}

/** 完成进度 capped at 100% with 超额完成 beside it; the uncapped figure in the cell's title. */
function CompletionCell({ value }: { value: number | null | undefined }) {
  const { t, locale } = useLocale();
  const shown = formatCompletion(value, locale);
  return (
    <td className="num" title={shown.exceeded ? shown.uncapped : undefined}>
      {shown.text}
      {shown.exceeded ? ` ${t('progress.exceeded')}` : null}
    </td>
  );
}

/**
 * The mid-term evaluation, printable: 完成进度 against 时序进度 for every
 * indicator, the status counts, the project deadlines due by the as-of date
 * and the plan's consistency notes. Always by the time-progress method, which
 * is how mid-term evaluations in China compare the two.
 */
export default function ReportPage() {
  const { t, pick, locale } = useLocale();
  usePageTitle(t('report.title'));
  const [settings] = useSettings();
  const params = { ...settings, method: 'time-progress' as const };
  const plan = usePlan();
  const indicators = useIndicators();
  const assessments = useAssessments(params);
  const observations = useObservations({
    region: settings.region,
    illustrative: settings.illustrative,
  });
  const projects = useProjects();
  const targets = useTargets();
  const milestones = useMilestones(settings);
  const consistency = useConsistency();
  const failed = [plan, indicators, observations].find((query) => query.isError);
  if (failed) return <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />;
  if (!plan.data || !indicators.data || !observations.data || assessments.isPending)
    return <Loading />;
  const items = assessments.data?.items ?? [];
  const byId = new Map(items.map((item) => [item.indicatorId, item]));
  const latest = latestObservations(observations.data.items, settings.asOf);
  const region = plan.data.regions.find((candidate) => candidate.id === settings.region);
  const illustrative =
    assessments.data?.illustrative === true ||
    milestones.data?.illustrative === true ||
    [...latest.values()].some((observation) => observation.illustrative);
  // The roll-up of the whole plan, as the API counted it.
  const whole = rollUpOf(assessments.data, 'plan');
  const counts = statusCounts(whole, 'time-progress');
  const judged = new Map((milestones.data?.items ?? []).map((item) => [item.target.id, item]));
  const dueTargets = (targets.data ?? []).filter((target) => {
    const milestone = judged.get(target.id)?.assessment;
    return (
      target.location.box !== undefined &&
      milestone !== undefined &&
      dueState(milestone) !== 'upcoming'
    );
  });
  const findings = (consistency.data?.findings ?? []).filter(
    (finding) => finding.severity !== 'low',
  );
  const missing = (whole?.missingIndicators ?? []).map(({ indicatorId }) => {
    const indicator = indicators.data.find((candidate) => candidate.id === indicatorId);
    return indicator ? pick(indicator.name) : indicatorId;
  });
  return (
    <article className="report">
      <div className="report-actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('common.print')}
        </button>
        <ReportPageDownloads asOf={settings.asOf} illustrative={settings.illustrative} />
      </div>
      <header className="report-head">
        <p className="report-kicker">{t('report.title')}</p>
        <h1>{pick(plan.data.title)}</h1>
        <p>
          {t('report.generated', {
            asOf: formatDate(settings.asOf, locale),
            region: region ? pick(region.name) : settings.region,
          })}
          {' · '}
          {t('overview.period')} {plan.data.period.start}–{plan.data.period.end}
        </p>
        <p className="small">{t('report.method')}</p>
        {illustrative ? (
          <p className="report-illustrative" role="note" data-testid="illustrative-banner">
            <strong>{t('illustrative.tag')}</strong> {t('report.illustrative')}
          </p>
        ) : null}
        {assessments.isError ? <p className="notice">{t('common.notAvailable')}</p> : null}
      </header>

      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summary')}</h2>
        <div className="report-summary">
          <table className="data-table summary-table">
            <thead>
              <tr>
                <th scope="col">{t('col.status')}</th>
                <th scope="col" className="num">
                  {t('report.count')}
                </th>
                <th scope="col" className="num">
                  %
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.map((entry) => (
                <tr key={entry.status}>
                  <td>
                    <span
                      className="status-badge"
                      style={{ '--status-colour': entry.colour } as CSSProperties}
                    >
                      <StatusIcon icon={entry.icon} />
                      {pick(entry.label)}
                    </span>
                  </td>
                  <td className="num">{entry.count}</td>
                  <td className="num">
                    {formatShare(whole?.indicators ? entry.count / whole.indicators : null, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="key-figures">
            {planHasEnded(plan.data, settings.asOf) ? (
              <div>
                <dt>{t('plan.ended')}</dt>
                <dd>{t('plan.endedOn', { date: formatDate(planEndDate(plan.data), locale) })}</dd>
              </div>
            ) : (
              <div>
                <dt>{t('overview.timeProgress')}</dt>
                <dd>{formatShare(periodTimeProgress(items, plan.data), locale)}</dd>
              </div>
            )}
            <div>
              <dt>{t('report.meanCompletion')}</dt>
              <dd>{formatShare(whole?.meanScore ?? null, locale)}</dd>
            </div>
            <div>
              <dt>{t('report.assessed')}</dt>
              <dd>
                {whole?.assessed ?? 0} / {whole?.indicators ?? 0}
              </dd>
            </div>
            {missing.length > 0 ? (
              <div>
                <dt>{t('report.missingList')}</dt>
                <dd className="small">{missing.join('、')}</dd>
              </div>
            ) : null}
          </dl>
        </div>
      </section>

      {assessments.data?.finalEvaluation ? (
        <FinalEvaluationSection evaluation={assessments.data.finalEvaluation} />
      ) : null}

      <section aria-labelledby="report-indicators">
        <h2 id="report-indicators">{t('report.indicators')}</h2>
        {plan.data.tables.map((table) => (
          <div key={table.id} className="report-table">
            <h3>{pick(table.title)}</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">{t('col.name')}</th>
                  <th scope="col" className="num">
                    {t('col.baseline', { year: plan.data.baselineYear })}
                  </th>
                  <th scope="col" className="num">
                    {t('col.target', { year: plan.data.targetYear })}
                  </th>
                  <th scope="col" className="num">
                    {t('col.latest')}
                  </th>
                  <th scope="col" className="num">
                    {t('progress.completion')}
                  </th>
                  <th scope="col" className="num">
                    {t('progress.time')}
                  </th>
                  <th scope="col" className="num">
                    Δ
                  </th>
                  <th scope="col">{t('col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.data
                  .filter((indicator) => indicator.table === table.id)
                  .map((indicator) => {
                    const item = byId.get(indicator.id);
                    const observation = latest.get(indicator.id);
                    return (
                      <tr key={indicator.id}>
                        <td className="num">{indicator.order}</td>
                        <th scope="row">
                          {pick(indicator.name)}
                          <span className="cell-note">{pick(indicator.unit)}</span>
                        </th>
                        <td className="num">{printedOf(indicator.values.subject.baseline)}</td>
                        <td className="num">{printedOf(indicator.values.subject.target)}</td>
                        <td className="num">
                          {observation ? (
                            <>
                              {formatObservedValue(observation.value, indicator, locale)}
                              {observation.illustrative ? (
                                <span className="illustrative-mark" title={t('illustrative.tag')}>
                                  ※<span className="visually-hidden">{t('illustrative.tag')}</span>
                                </span>
                              ) : null}
                              <span className="cell-note">{formatPeriod(observation, locale)}</span>
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                        <CompletionCell value={item?.completion} />
                        <td className="num">{formatShare(item?.timeProgress, locale)}</td>
                        <td className="num">{gapOf(item, locale)}</td>
                        <td>
                          {item ? (
                            <StatusBadge
                              method="time-progress"
                              status={item.status}
                              label={item.label}
                            />
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        ))}
        {illustrative ? <p className="small">{t('report.mark')}</p> : null}
      </section>

      <section aria-labelledby="report-milestones">
        <h2 id="report-milestones">{t('report.milestones')}</h2>
        {dueTargets.length === 0 ? (
          <p className="muted">{t('report.noMilestones')}</p>
        ) : (
          <table className="data-table">
            <MilestoneTableHead box />
            <tbody>
              {dueTargets.map((target) => {
                const project = projects.data?.find(
                  (candidate) => candidate.number === target.location.box,
                );
                const indicator = indicators.data.find(
                  (candidate) => candidate.id === target.indicatorId,
                );
                const item = indicator ? byId.get(indicator.id) : undefined;
                const milestone = judged.get(target.id)?.assessment;
                return (
                  <tr key={target.id}>
                    <td>
                      {target.location.box}
                      {project ? <span className="cell-note">{pick(project.name)}</span> : null}
                    </td>
                    <td>
                      {pick(target.metric)} <TargetValue target={target} />
                    </td>
                    <td>
                      {target.deadline.date ?? target.deadline.year}{' '}
                      {milestone ? <DueBadge state={dueState(milestone)} /> : null}
                    </td>
                    <td>
                      {milestone ? (
                        <>
                          <MilestoneBadge status={milestone.status} label={milestone.label} />
                          <span className="cell-note">{pick(milestone.explanation)}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      {indicator ? pick(indicator.name) : '—'}
                      {item ? (
                        <div>
                          <StatusBadge
                            method="time-progress"
                            status={item.status}
                            label={item.label}
                          />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-consistency">
        <h2 id="report-consistency">{t('report.consistency')}</h2>
        <ol className="report-findings">
          {findings.map((finding) => (
            <li key={finding.id}>
              <strong>
                [{t(`severity.${finding.severity}`)}] {pick(finding.title)}
              </strong>
              <p className="small">{pick(finding.explanation)}</p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
