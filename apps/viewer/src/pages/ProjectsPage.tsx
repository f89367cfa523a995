import type { ConsistencyFinding, ConsistencyReport, Project, Target } from '@plan/projects';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useAssessments, useMilestones } from '../api/assessmentQueries.js';
import {
  useConsistency,
  useIndicators,
  useObservations,
  useProjects,
  useTargets,
} from '../api/queries.js';
import {
  type MeasureTrackingItem,
  type TargetTrackingItem,
  type Unit,
  useMeasuresTracking,
  useTargetsTracking,
  useUnits,
} from '../api/tracking.js';
import { IllustrativeBanner } from '../components/IllustrativeBanner.js';
import { MilestoneBadge } from '../components/MilestoneBadge.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { latestObservations } from '../lib/latestObservations.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useDutyDay, useSettings } from '../lib/useSettings.js';
import { MeasureItem } from './projects/MeasureItem.js';
import { rollUp } from './projects/projectsView.js';
import { useProjectsWords } from './projects/projectsWords.js';
import { RollUpCounts } from './projects/RollUpCounts.js';
import { type MilestoneItem, type TargetMaps, TargetTable } from './projects/TargetTable.js';
import './projects/projects.css';

/** How many of the targets have each milestone status worth a reader's attention (without tracking). */
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

function Attention({
  targets,
  milestones,
}: {
  targets: Target[];
  milestones: Map<string, MilestoneItem>;
}) {
  return (
    <>
      {attention(targets, milestones).map(([status, entry]) => (
        <span key={status} className="project-attention">
          <MilestoneBadge status={status} label={entry.label} /> {entry.count}
        </span>
      ))}
    </>
  );
}

type Tracking = {
  measures: Map<string, MeasureTrackingItem> | null;
  units: Map<string, Unit>;
};

/** The roll-ups of a set of measures and targets, when their tracking is known. */
function RollUps({
  measureIds,
  targetIds,
  tracking,
  targets,
}: {
  measureIds: string[];
  targetIds: string[];
  tracking: Tracking;
  targets: TargetMaps['tracking'];
}) {
  const w = useProjectsWords();
  const measures = tracking.measures;
  return (
    <>
      {measures ? (
        <RollUpCounts
          what={w('rollUpMeasures')}
          counts={rollUp(
            measureIds.flatMap((id) => {
              const item = measures.get(id);
              return item ? [item.status] : [];
            }),
          )}
        />
      ) : null}
      {targets && targetIds.length > 0 ? (
        <RollUpCounts
          what={w('rollUpTargets')}
          counts={rollUp(
            targetIds.flatMap((id) => {
              const item = targets.get(id);
              return item ? [item.status] : [];
            }),
          )}
        />
      ) : null}
    </>
  );
}

function ProjectCard({
  project,
  targets,
  open,
  work,
  ...maps
}: {
  project: Project;
  targets: Target[];
  open: boolean;
  work: Tracking;
} & TargetMaps) {
  const { t, pick, locale } = useLocale();
  const ids = new Set(project.measures.flatMap((measure) => measure.targetIds));
  const own = targets.filter((target) => ids.has(target.id));
  const tracked = work.measures !== null || maps.tracking !== null;
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
          {tracked ? null : <Attention targets={own} milestones={maps.milestones} />}
        </span>
        {tracked ? (
          <span className="project-rollups small">
            <RollUps
              measureIds={project.measures.map((measure) => measure.id)}
              targetIds={own.map((target) => target.id)}
              tracking={work}
              targets={maps.tracking}
            />
          </span>
        ) : null}
      </summary>
      <div className="project-body">
        <p className="small muted" lang="zh-CN">
          {project.box.printed} · {project.chapter.printed} · {project.section.printed}
        </p>
        <h4>{t('projects.measures')}</h4>
        <ol className="measures">
          {project.measures.map((measure) => (
            <MeasureItem
              key={measure.id}
              measure={measure}
              tracking={work.measures?.get(measure.id)}
              units={work.units}
            />
          ))}
        </ol>
        <h4>{t('projects.milestones')}</h4>
        <TargetTable targets={own} {...maps} />
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

/** Items that carry a status: an API without tracking answers /targets without one. */
function withStatus<T extends { id: string; status?: unknown }>(items: T[] | undefined) {
  if (items === undefined) return null;
  if (!items.some((item) => typeof item.status === 'string')) return null;
  return new Map(items.map((item) => [item.id, item]));
}

export default function ProjectsPage() {
  const { t } = useLocale();
  const w = useProjectsWords();
  usePageTitle(t('nav.projects'));
  const [settings] = useSettings();
  const { hash } = useLocation();
  const projects = useProjects();
  const targets = useTargets();
  const indicators = useIndicators();
  const consistency = useConsistency();
  const assessments = useAssessments(settings);
  const milestones = useMilestones(settings);
  // What has been reported is judged on the calendar (a 2025 report is sent in 2026), not on the
  // assessments' default date: the URL's as-of date, else today, as on 我的任务.
  const dutyDay = useDutyDay();
  const targetsTracking = useTargetsTracking(dutyDay);
  const measuresTracking = useMeasuresTracking(dutyDay);
  const units = useUnits();
  const observations = useObservations({
    region: settings.region,
    illustrative: settings.illustrative,
  });
  // Scroll to the linked project once the page has its final height (banner and statuses in).
  const settled = Boolean(
    projects.data &&
      (milestones.data || milestones.isError) &&
      (measuresTracking.data || measuresTracking.isError),
  );
  useEffect(() => {
    if (hash && settled) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, settled]);
  const failed = [projects, targets, indicators].find((query) => query.isError);
  if (failed) return <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />;
  if (!projects.data || !targets.data || !indicators.data) return <Loading />;
  const indicatorMap = new Map(indicators.data.map((indicator) => [indicator.id, indicator]));
  const milestoneMap = new Map(
    (milestones.data?.items ?? []).map((item) => [item.target.id, item]),
  );
  const targetTracking = withStatus<TargetTrackingItem>(targetsTracking.data);
  const tracking: Tracking = {
    measures: withStatus<MeasureTrackingItem>(measuresTracking.data),
    units: new Map((units.data ?? []).map((unit) => [unit.id, unit])),
  };
  const maps: TargetMaps = {
    indicators: indicatorMap,
    milestones: milestoneMap,
    tracking: targetTracking,
    measureOwners: new Map((measuresTracking.data ?? []).map((item) => [item.id, item.owner])),
    units: tracking.units,
    latest: latestObservations(observations.data?.items ?? [], settings.asOf),
    asOf: settings.asOf,
  };
  const inBoxes = targets.data.filter((target) => target.location.box !== undefined);
  const tracked = tracking.measures !== null || targetTracking !== null;
  const trackingFailed = measuresTracking.isError || targetsTracking.isError;
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
        {tracked ? null : <Attention targets={inBoxes} milestones={milestoneMap} />}
      </p>
      {tracked ? (
        <section className="plan-rollups" aria-label={w('rollUpPlan')}>
          <h2 className="small-heading">{w('rollUpPlan')}</h2>
          {milestones.data?.illustrative || assessments.data?.illustrative ? (
            <p className="small muted">{w('realFiguresOnly')}</p>
          ) : null}
          <RollUps
            measureIds={projects.data.flatMap((project) =>
              project.measures.map((measure) => measure.id),
            )}
            targetIds={targets.data.map((target) => target.id)}
            tracking={tracking}
            targets={targetTracking}
          />
        </section>
      ) : null}
      {trackingFailed && !tracked ? (
        <p className="muted small">{w('trackingUnavailable')}</p>
      ) : null}
      {units.isError && tracked ? <p className="muted small">{w('unitsUnavailable')}</p> : null}
      {milestones.isError ? <ErrorNotice error={milestones.error} /> : null}
      <div className="projects">
        {projects.data.map((project) => (
          <ProjectCard
            key={project.number}
            project={project}
            targets={targets.data}
            work={tracking}
            {...maps}
            open={hash === `#project-${project.number}`}
          />
        ))}
      </div>
      {consistency.isError ? <ErrorNotice error={consistency.error} /> : null}
      {consistency.data ? <ConsistencySection report={consistency.data} /> : null}
    </>
  );
}
