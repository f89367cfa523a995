import type { ConsistencyFinding, ConsistencyReport, Project, Target } from '@plan/projects';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useAssessments, useMilestones } from '../api/assessmentQueries.js';
import type { AssessmentItem } from '../api/assessments.js';
import {
  useConsistency,
  useIndicators,
  useObservations,
  useProjects,
  useTargets,
} from '../api/queries.js';
import type { Indicator, MilestonesAnswer, Observation } from '../api/types.js';

type MilestoneItem = MilestonesAnswer['items'][number];

import { DueBadge } from '../components/DueBadge.js';
import { IllustrativeBanner } from '../components/IllustrativeBanner.js';
import { IllustrativeTag } from '../components/IllustrativeTag.js';
import { MilestoneBadge } from '../components/MilestoneBadge.js';
import { MilestoneTableHead } from '../components/MilestoneTableHead.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { TargetValue } from '../components/TargetValue.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { dueState } from '../lib/deadlines.js';
import { latestObservations } from '../lib/latestObservations.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useSettings, useSettingsSearch } from '../lib/useSettings.js';

type Maps = {
  indicators: Map<string, Indicator>;
  items: Map<string, AssessmentItem>;
  milestones: Map<string, MilestoneItem>;
  /** The latest observation of each indicator on the as-of date, to label illustrative ones */
  latest: Map<string, Observation>;
};

function Milestones({
  targets,
  indicators,
  items,
  milestones,
  latest,
}: { targets: Target[] } & Maps) {
  const { t, pick } = useLocale();
  const search = useSettingsSearch();
  if (targets.length === 0) return <p className="muted small">{t('projects.noMilestones')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table milestones">
        <MilestoneTableHead />
        <tbody>
          {targets.map((target) => {
            const indicator = target.indicatorId ? indicators.get(target.indicatorId) : undefined;
            const item = target.indicatorId ? items.get(target.indicatorId) : undefined;
            const milestone = milestones.get(target.id)?.assessment;
            return (
              <tr key={target.id}>
                <td>
                  <strong>{pick(target.metric)}</strong>{' '}
                  {target.aspirational ? (
                    <span className="small muted">（{t('projects.aspirational')}）</span>
                  ) : null}
                  <TargetValue target={target} />
                  <AmendedTarget amendment={milestones.get(target.id)?.amendment} />
                  <span className="cell-note" lang="zh-CN">
                    {target.text}
                  </span>
                </td>
                <td>
                  {target.deadline.date ?? target.deadline.year}
                  {target.deadline.inferred ? (
                    <span className="cell-note">{t('projects.inferred')}</span>
                  ) : null}
                  {milestone ? <DueBadge state={dueState(milestone)} /> : null}
                </td>
                <td>
                  {milestone ? (
                    <>
                      <MilestoneBadge status={milestone.status} label={milestone.label} />
                      {milestone.latest &&
                      target.indicatorId &&
                      latest.get(target.indicatorId)?.illustrative ? (
                        <IllustrativeTag />
                      ) : null}
                      <span className="cell-note">{pick(milestone.explanation)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {indicator ? (
                    <>
                      <Link to={`/indicators/${indicator.id}${search}`}>
                        {pick(indicator.name)}
                      </Link>
                      {item ? (
                        <div>
                          <StatusBadge
                            method={item.method}
                            status={item.status}
                            label={item.label}
                          />
                        </div>
                      ) : null}
                    </>
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
  );
}

/** The amended value a target is judged against (规划调整), beside the printed one. */
function AmendedTarget({ amendment }: { amendment: MilestoneItem['amendment'] }) {
  const { t } = useLocale();
  if (!amendment) return null;
  return (
    <span className="small amended">
      {' '}
      {t('projects.amended', { printed: amendment.printed, date: amendment.effectiveDate })}
    </span>
  );
}

/** How many of the targets have each milestone status worth a reader's attention. */
function attention(targets: Target[], milestones: Map<string, MilestoneItem>) {
  const counts = new Map<string, { label: { zh: string; en: string }; count: number }>();
  for (const target of targets) {
    const milestone = milestones.get(target.id)?.assessment;
    if (!milestone || !['overdue', 'due_soon', 'met'].includes(milestone.status)) continue;
    const entry = counts.get(milestone.status) ?? { label: milestone.label, count: 0 };
    entry.count += 1;
    counts.set(milestone.status, entry);
  }
  return [...counts.entries()];
}

function ProjectCard({
  project,
  targets,
  open,
  ...maps
}: {
  project: Project;
  targets: Target[];
  open: boolean;
} & Maps) {
  const { t, pick, locale } = useLocale();
  const ids = new Set(project.measures.flatMap((measure) => measure.targetIds));
  const own = targets.filter((target) => ids.has(target.id));
  return (
    <details className="project" id={`project-${project.number}`} open={open}>
      <summary>
        <span className="project-number">{project.number}</span>
        <span className="project-title">
          <strong>{pick(project.name)}</strong>
          <span className="other-language" lang={locale === 'zh' ? 'en' : 'zh-CN'}>
            {locale === 'zh' ? project.name.en : project.name.zh}
          </span>
        </span>
        <span className="project-counts small">
          {project.measures.length} {t('projects.measures')} · {own.length}{' '}
          {t('projects.milestones')}
          {attention(own, maps.milestones).map(([status, entry]) => (
            <span key={status} className="project-attention">
              <MilestoneBadge status={status} label={entry.label} /> {entry.count}
            </span>
          ))}
        </span>
      </summary>
      <div className="project-body">
        <p className="small muted" lang="zh-CN">
          {project.box.printed} · {project.chapter.printed} · {project.section.printed}
        </p>
        <h4>{t('projects.measures')}</h4>
        <ol className="measures">
          {project.measures.map((measure) => (
            <li key={measure.id} id={measure.id}>
              <span className="measure-number">{measure.number ?? `(${measure.position})`}</span>
              <div>
                {locale === 'en' ? <p>{measure.summary.en}</p> : null}
                <p lang="zh-CN" className={locale === 'en' ? 'small muted' : undefined}>
                  {measure.text}
                </p>
              </div>
            </li>
          ))}
        </ol>
        <h4>{t('projects.milestones')}</h4>
        <Milestones targets={own} {...maps} />
      </div>
    </details>
  );
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function FindingItem({ finding }: { finding: ConsistencyFinding }) {
  const { t, pick } = useLocale();
  return (
    <li className={`finding severity-${finding.severity}`}>
      <div className="finding-head">
        <span className={`severity-badge severity-${finding.severity}`}>
          {t('projects.severity')}：{t(`severity.${finding.severity}`)}
        </span>
        <strong>{pick(finding.title)}</strong>
      </div>
      <ul className="readings">
        {finding.readings.map((reading, index) => (
          // Readings have no id of their own; their order is the report's.
          <li key={index}>
            {reading.basis === 'printed' ? (
              <>
                <q lang="zh-CN">{reading.text}</q>
                {reading.label ? <span className="muted"> · {pick(reading.label)}</span> : null}
                {reading.location.line !== undefined ? (
                  <span className="muted small">
                    {' '}
                    · {t('projects.line', { line: reading.location.line })}
                  </span>
                ) : null}
              </>
            ) : (
              <>
                <span className="muted">{t('projects.derived')}：</span>
                {pick(reading.description)}
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="small">{pick(finding.explanation)}</p>
    </li>
  );
}

export function ConsistencySection({ report }: { report: ConsistencyReport }) {
  const { t } = useLocale();
  const agrees = report.checks.filter((check) => check.outcome === 'agrees').length;
  const findings = [...report.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return (
    <section aria-labelledby="consistency-heading" className="consistency">
      <h2 id="consistency-heading">{t('projects.consistency')}</h2>
      <p className="muted">{t('projects.consistencyIntro')}</p>
      <p>
        {t('projects.checks')}: {report.checks.length} · {t('projects.agrees')} {agrees} ·{' '}
        {t('projects.disagrees')} {report.checks.length - agrees} · {t('projects.findings')}{' '}
        {report.findings.length}
      </p>
      <ul className="findings">
        {findings.map((finding) => (
          <FindingItem key={finding.id} finding={finding} />
        ))}
      </ul>
    </section>
  );
}

export default function ProjectsPage() {
  const { t } = useLocale();
  usePageTitle(t('nav.projects'));
  const [settings] = useSettings();
  const { hash } = useLocation();
  const projects = useProjects();
  const targets = useTargets();
  const indicators = useIndicators();
  const consistency = useConsistency();
  const assessments = useAssessments(settings);
  const milestones = useMilestones(settings);
  const observations = useObservations({
    region: settings.region,
    illustrative: settings.illustrative,
  });
  // Scroll to the linked project once the page has its final height (banner and statuses in).
  const settled = Boolean(projects.data && milestones.data && assessments.data);
  useEffect(() => {
    if (hash && settled) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, settled]);
  const failed = [projects, targets, indicators].find((query) => query.isError);
  if (failed) return <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />;
  if (!projects.data || !targets.data || !indicators.data) return <Loading />;
  const indicatorMap = new Map(indicators.data.map((indicator) => [indicator.id, indicator]));
  const items = new Map((assessments.data?.items ?? []).map((item) => [item.indicatorId, item]));
  const milestoneMap = new Map(
    (milestones.data?.items ?? []).map((item) => [item.target.id, item]),
  );
  const latest = latestObservations(observations.data?.items ?? [], settings.asOf);
  const inBoxes = targets.data.filter((target) => target.location.box !== undefined);
  return (
    <>
      {milestones.data?.illustrative || assessments.data?.illustrative ? (
        <IllustrativeBanner />
      ) : null}
      <h1>{t('projects.title')}</h1>
      <p className="muted project-summary">
        {t('projects.count', { count: projects.data.length })} · {t('projects.measures')}{' '}
        {projects.data.reduce((sum, project) => sum + project.measures.length, 0)} ·{' '}
        {t('projects.milestones')} {inBoxes.length}
        {attention(inBoxes, milestoneMap).map(([status, entry]) => (
          <span key={status} className="project-attention">
            <MilestoneBadge status={status} label={entry.label} /> {entry.count}
          </span>
        ))}
      </p>
      {milestones.isError ? <ErrorNotice error={milestones.error} /> : null}
      <div className="projects">
        {projects.data.map((project) => (
          <ProjectCard
            key={project.number}
            project={project}
            targets={targets.data}
            indicators={indicatorMap}
            items={items}
            milestones={milestoneMap}
            latest={latest}
            open={hash === `#project-${project.number}`}
          />
        ))}
      </div>
      {consistency.isError ? <ErrorNotice error={consistency.error} /> : null}
      {consistency.data ? <ConsistencySection report={consistency.data} /> : null}
    </>
  );
}
