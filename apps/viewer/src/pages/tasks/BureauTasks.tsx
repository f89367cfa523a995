import { lastDuePeriod, trackingStatuses, trackingStatusLabels } from '@plan/scoring';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type ReportingCycle,
  type TrackingStatus,
  useSupervision,
  useUnits,
} from '../../api/tracking.js';
import type { Me, PlanSummary } from '../../api/types.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { Session } from '../../lib/useSession.js';
import { useDutyDay } from '../../lib/useSettings.js';
import {
  type BureauFilters,
  bureauItems,
  filterBureauItems,
  groupByProject,
} from './bureauItems.js';
import { TaskCard } from './TaskCard.js';
import { useTasksWords } from './tasksWords.js';
import { useReportingCycle } from './useReportingCycle.js';
import { useTaskContext } from './useTaskContext.js';

/** The filters kept in the URL (`status`, `project`); anything else reads as no filter. */
export function bureauFiltersFrom(params: URLSearchParams): BureauFilters {
  const status = params.get('status');
  const project = Number(params.get('project'));
  return {
    status: trackingStatuses.find((candidate) => candidate === status),
    project: Number.isInteger(project) && project > 0 ? project : undefined,
  };
}

/** The reporting period now due for every measure alike (null before the first is due). */
function duePeriod(plan: PlanSummary, cycle: ReportingCycle, asOf: string) {
  try {
    return lastDuePeriod(cycle, asOf, {
      periodStart: `${plan.period.start}-01-01`,
      periodEnd: `${plan.period.end}-12-31`,
    });
  } catch {
    // An as-of date the scoring package does not accept: no period is said to be due.
    return null;
  }
}

/**
 * The bureau's mode of 我的任务: a city-scoped editor or admin without a unit sees every measure
 * and target of the plan (GET /measures, /targets), by project (专栏), filtered by status and
 * project, with the same cards and forms as a unit. Its reports go with `unit` null.
 */
export function BureauTasks({
  session,
  me,
  plan,
}: {
  session: Session;
  me: Me;
  plan: PlanSummary;
}) {
  const w = useTasksWords();
  const { pick } = useLocale();
  // Reporting duties follow the calendar: today unless the URL names a day.
  const asOf = useDutyDay();
  const cycle = useReportingCycle();
  const reportingCycle = cycle.data ?? 'year';
  const due = useMemo(() => duePeriod(plan, reportingCycle, asOf), [plan, reportingCycle, asOf]);
  const units = useUnits();
  const supervision = useSupervision(asOf);
  const { context, error, measuresTracking, targetsTracking } = useTaskContext({
    session,
    me,
    plan,
    unit: null,
    asOf,
    cycle: reportingCycle,
    due,
  });
  const [params, setParams] = useSearchParams();
  const filters = bureauFiltersFrom(params);
  const unitMap = useMemo(
    () => new Map((units.data ?? []).map((unit) => [unit.id, unit])),
    [units.data],
  );
  const cardContext = useMemo(
    () => (context ? { ...context, owners: { units: unitMap }, lazyForms: true } : undefined),
    [context, unitMap],
  );
  const all = useMemo(
    () =>
      bureauItems(measuresTracking.data ?? [], targetsTracking.data ?? [], {
        dueId: due?.id ?? null,
        supervised: new Set((supervision.data ?? []).map((item) => item.id)),
      }),
    [measuresTracking.data, targetsTracking.data, due, supervision.data],
  );

  const setFilter = (key: 'status' | 'project', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  if (error || measuresTracking.isError || targetsTracking.isError)
    return (
      <ErrorNotice
        error={error ?? measuresTracking.error ?? targetsTracking.error}
        retry={() => {
          void measuresTracking.refetch();
          void targetsTracking.refetch();
        }}
      />
    );
  if (!cardContext || !measuresTracking.data || !targetsTracking.data) return <Loading />;
  const shown = filterBureauItems(all.items, all.targetStatuses, filters);
  const counts = new Map<TrackingStatus, number>();
  for (const item of all.items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const projects = [...cardContext.projects.values()].sort((a, b) => a.number - b.number);
  return (
    <>
      <div className="task-summary">
        <strong>{w('bureau')}</strong>
        <span>{w('asOf', { date: asOf })}</span>
        <span>
          {w('bureauSummary', {
            measures: measuresTracking.data.length,
            targets: targetsTracking.data.length,
          })}
        </span>
      </div>
      <p className="muted">{w('bureauIntro')}</p>
      <div className="task-filters">
        <label>
          {w('filterStatus')}
          <select
            value={filters.status ?? ''}
            onChange={(event) => setFilter('status', event.target.value)}
          >
            <option value="">{w('allStatuses')}</option>
            {trackingStatuses.map((status) => (
              <option key={status} value={status}>
                {w('statusCount', {
                  status: pick(trackingStatusLabels[status]),
                  count: counts.get(status) ?? 0,
                })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w('filterProject')}
          <select
            value={filters.project === undefined ? '' : String(filters.project)}
            onChange={(event) => setFilter('project', event.target.value)}
          >
            <option value="">{w('allProjects')}</option>
            {projects.map((project) => (
              <option key={project.number} value={project.number}>
                {w('project', { number: project.number })} · {pick(project.name)}
              </option>
            ))}
          </select>
        </label>
        <span role="status">{w('bureauShown', { count: shown.length })}</span>
      </div>
      {shown.length === 0 ? <p className="muted">{w('noMatch')}</p> : null}
      {groupByProject(shown).map((group) => {
        const project =
          group.projectNumber === null ? undefined : cardContext.projects.get(group.projectNumber);
        const headingId = `task-project-${group.projectNumber ?? 'none'}`;
        return (
          <section
            key={headingId}
            className="task-project"
            aria-labelledby={headingId}
            data-project={group.projectNumber ?? ''}
          >
            <h2 id={headingId}>
              {project
                ? `${w('project', { number: project.number })} · ${pick(project.name)}`
                : w('noProject')}
            </h2>
            {group.items.map((item) => (
              <TaskCard key={item.id} task={item} context={cardContext} nested />
            ))}
          </section>
        );
      })}
    </>
  );
}
