import type { Project } from '@plan/projects';
import { type CSSProperties, useState } from 'react';
import { Link } from 'react-router';
import { usePlan, useProjects, useTargets } from '../../api/queries.js';
import {
  type MeasureTrackingItem,
  type TargetTrackingItem,
  trackingStatuses,
  useMeasuresTracking,
  useTargetsTracking,
} from '../../api/tracking.js';
import type { Target } from '../../api/types.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { StatusIcon } from '../../components/StatusIcon.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { useDutyDay, useSettingsSearch } from '../../lib/useSettings.js';
import { excerpt, trackingStatusLook } from '../projects/projectsView.js';
import { TrackingBadge } from '../projects/TrackingBadge.js';
import {
  needsAttention,
  type TimelineEntry,
  type TimelineRow,
  timelineRows,
} from './timelineView.js';
import { useTimelineWords } from './timelineWords.js';
import './timeline.css';

/** Items that carry a status: an API without tracking answers /targets without one. */
function withStatus<T extends { id: string; status?: unknown }>(items: T[] | undefined) {
  if (items === undefined) return null;
  if (!items.some((item) => typeof item.status === 'string')) return null;
  return new Map(items.map((item) => [item.id, item]));
}

/** One deadline: its status as an icon (words for screen readers and on hover), what it is, overdue marked. */
function Entry({
  entry,
  project,
  targets,
}: {
  entry: TimelineEntry;
  project: Project;
  targets: ReadonlyMap<string, Target>;
}) {
  const { pick, locale } = useLocale();
  const w = useTimelineWords();
  const search = useSettingsSearch();
  const measure = project.measures.find((candidate) => candidate.id === entry.measureId);
  const target = entry.kind === 'target' ? targets.get(entry.id) : undefined;
  const label = target
    ? `${pick(target.metric)} ${target.printedValue}${target.unit[locale] || target.unit.zh}`
    : measure
      ? `${measure.number ?? `(${measure.position})`}${excerpt(locale === 'en' ? measure.summary.en : measure.text, 16)}`
      : entry.id;
  const status = entry.status ? pick(trackingStatusLook[entry.status].label) : null;
  const look = entry.status ? trackingStatusLook[entry.status] : null;
  return (
    <li
      className={`timeline-entry timeline-${entry.kind}${entry.overdue ? ' is-overdue' : ''}`}
      data-entry={entry.id}
      data-status={entry.status ?? ''}
      style={look ? ({ '--status-colour': look.colour } as CSSProperties) : undefined}
      title={[entry.id, status, w('due', { due: entry.due })].filter(Boolean).join(' · ')}
    >
      <Link to={`/projects${search}#project-${project.number}`}>
        {look ? <StatusIcon icon={look.icon} size={14} /> : null}
        {status ? <span className="visually-hidden">{status}：</span> : null}
        <span className="timeline-kind">{w(entry.kind)}</span>
        <span className="timeline-label">{label}</span>
        {entry.inferred ? <span className="timeline-inferred">（{w('inferred')}）</span> : null}
        {entry.overdue ? (
          <span className="timeline-overdue">
            <span aria-hidden="true">● </span>
            {w('overdue')}
          </span>
        ) : entry.status === null && entry.passed ? (
          <span className="timeline-passed">{w('passed')}</span>
        ) : null}
      </Link>
    </li>
  );
}

function ProjectRow({
  row,
  targets,
  onlyAttention,
  asOfYear,
}: {
  row: TimelineRow;
  targets: ReadonlyMap<string, Target>;
  onlyAttention: boolean;
  asOfYear: number;
}) {
  const { pick } = useLocale();
  const w = useTimelineWords();
  const all = [...row.years.flatMap((year) => year.entries), ...row.outside];
  const overdue = all.filter((entry) => entry.overdue).length;
  const shown = (entries: TimelineEntry[]) =>
    onlyAttention ? entries.filter(needsAttention) : entries;
  return (
    <tr className="timeline-row" data-project={row.project.number}>
      <th scope="row" className="timeline-project">
        <span className="project-number">{row.project.number}</span>
        <span>
          <strong>{pick(row.project.name)}</strong>
          {overdue > 0 ? (
            <span className="timeline-count small">{w('countOverdue', { count: overdue })}</span>
          ) : null}
          {row.outside.length > 0 ? (
            <span className="timeline-outside small">
              {w('outside')}
              <ul>
                {shown(row.outside).map((entry) => (
                  <Entry key={entry.id} entry={entry} project={row.project} targets={targets} />
                ))}
              </ul>
            </span>
          ) : null}
        </span>
      </th>
      {row.years.map(({ year, entries }) => {
        const list = shown(entries);
        return (
          <td
            key={year}
            className={`timeline-cell${year === asOfYear ? ' is-now' : ''}${list.length === 0 ? ' is-empty' : ''}`}
            data-year={year}
          >
            <span className="timeline-cell-year" aria-hidden="true">
              {w('year', { year })}
            </span>
            {list.length === 0 ? (
              <span className="muted small">{w('nothingDue')}</span>
            ) : (
              <ul>
                {list.map((entry) => (
                  <Entry key={entry.id} entry={entry} project={row.project} targets={targets} />
                ))}
              </ul>
            )}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * 任务时间轴: each project's target and measure deadlines on their year of the plan
 * period (2021–2025 for Ordos), overdue marked; a grid that stacks by year on a phone.
 */
export default function TimelinePage() {
  const w = useTimelineWords();
  usePageTitle(w('title'));
  const [onlyAttention, setOnlyAttention] = useState(false);
  const plan = usePlan();
  const projects = useProjects();
  const targets = useTargets();
  // Deadlines are placed on the calendar: the URL's as-of date, else today (as 我的任务 does).
  const asOf = useDutyDay();
  const targetsTracking = useTargetsTracking(asOf);
  const measuresTracking = useMeasuresTracking(asOf);
  const failed = [plan, projects, targets].find((query) => query.isError);
  if (failed) return <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />;
  if (!plan.data || !projects.data || !targets.data) return <Loading />;
  const targetTracking = withStatus<TargetTrackingItem>(targetsTracking.data);
  const measureTracking = withStatus<MeasureTrackingItem>(measuresTracking.data);
  const period = plan.data.period;
  const rows = timelineRows({
    projects: projects.data,
    targets: targets.data,
    period,
    asOf,
    targetTracking,
    measureTracking,
  });
  const targetMap = new Map(targets.data.map((target) => [target.id, target]));
  const years = rows[0]?.years.map((year) => year.year) ?? [];
  const tracked = targetTracking !== null || measureTracking !== null;
  const settled = !targetsTracking.isPending && !measuresTracking.isPending;
  return (
    <>
      <h1>{w('title')}</h1>
      <p className="muted">{w('intro')}</p>
      <p className="timeline-controls">
        <span>{w('asOf', { asOf })}</span>
        <label>
          <input
            type="checkbox"
            checked={onlyAttention}
            onChange={(event) => setOnlyAttention(event.target.checked)}
          />{' '}
          {w('onlyAttention')}
        </label>
      </p>
      {tracked ? (
        <p className="timeline-legend small">
          <span>{w('legend')}</span>
          {trackingStatuses.map((status) => (
            <TrackingBadge key={status} status={status} />
          ))}
        </p>
      ) : settled ? (
        <p className="muted small">{w('noTracking')}</p>
      ) : null}
      <table className="timeline" aria-label={w('title')}>
        <colgroup>
          <col className="timeline-col-project" />
          {years.map((year) => (
            <col key={year} />
          ))}
        </colgroup>
        <thead>
          <tr className="timeline-head">
            <th scope="col">{w('project')}</th>
            {years.map((year) => (
              <th
                key={year}
                scope="col"
                className={year === Number(asOf.slice(0, 4)) ? 'is-now' : undefined}
              >
                {w('year', { year })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ProjectRow
              key={row.project.number}
              row={row}
              targets={targetMap}
              onlyAttention={onlyAttention}
              asOfYear={Number(asOf.slice(0, 4))}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}
