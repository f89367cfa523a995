import type { Project } from '@plan/projects';
import { trackingStatusLabels } from '@plan/scoring';
import type {
  MeasureTrackingItem,
  ReportingCycle,
  TargetTrackingItem,
  Unit,
} from '../../api/tracking.js';
import type { PlanSummary, Region, Target } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { OwnerLine } from '../projects/OwnerLine.js';
import { excerpt } from '../projects/projectsView.js';
import { TrackingBadge } from '../projects/TrackingBadge.js';
import { Fold } from './Fold.js';
import { MeasureReportForm } from './MeasureReportForm.js';
import type { MyTasks, TaskItem } from './myTasks.types.js';
import { ReportHistory } from './ReportHistory.js';
import { figureRegions, TargetFigureForm } from './TargetFigureForm.js';
import { useTasksWords } from './tasksWords.js';

/** What a card needs of the plan beside the task: read once by the page. */
export type TaskContext = {
  plan: PlanSummary;
  /** The unit the token reports for; null for the bureau (a city editor or admin) */
  unit: string | null;
  token: string;
  asOf: string;
  cycle: ReportingCycle;
  periods: readonly { id: string }[];
  preferredPeriod: string | undefined;
  /** The reporting period now due, for every measure alike */
  due: MyTasks['due'];
  writableRegions: readonly Region[];
  projects: ReadonlyMap<number, Project>;
  measures: ReadonlyMap<string, Project['measures'][number]>;
  targets: readonly Target[];
  /** The measure each target in a measure belongs to */
  targetMeasures: ReadonlyMap<string, string>;
  measuresTracking: ReadonlyMap<string, MeasureTrackingItem>;
  targetsTracking: ReadonlyMap<string, TargetTrackingItem>;
  indicatorNames: ReadonlyMap<string, string>;
  /** Set in the bureau's mode: each card names who answers for its item (牵头/配合 or 未指定) */
  owners?: { units: ReadonlyMap<string, Unit> } | undefined;
  /** Set in the bureau's mode: the forms are rendered only when opened (there are hundreds) */
  lazyForms?: boolean | undefined;
};

/** One of the unit's targets: its status, latest figure and the form for its next figure. */
function TargetRow({ target, context }: { target: Target; context: TaskContext }) {
  const w = useTasksWords();
  const tracked = context.targetsTracking.get(target.id);
  const indicatorName = target.indicatorId
    ? context.indicatorNames.get(target.indicatorId)
    : undefined;
  return (
    <>
      <p className="task-text">
        <strong>{target.id}</strong>{' '}
        {tracked ? (
          <TrackingBadge status={tracked.status} explanation={tracked.explanation} />
        ) : null}{' '}
        {target.text}
      </p>
      <ul className="task-meta">
        <li>
          {tracked?.latest
            ? w('latestFigure', { value: tracked.latest.value, date: tracked.latest.date })
            : w('noFigure')}
        </li>
      </ul>
      {target.indicatorId ? (
        <TargetFigureForm
          target={target}
          token={context.token}
          regions={[]}
          asOf={context.asOf}
          indicatorName={indicatorName}
        />
      ) : (
        <Fold summary={w('figureFor', { id: target.id })} lazy={context.lazyForms === true}>
          <TargetFigureForm
            target={target}
            token={context.token}
            regions={figureRegions(target, context.plan, context.writableRegions)}
            asOf={context.asOf}
            indicatorName={indicatorName}
          />
        </Fold>
      )}
    </>
  );
}

/**
 * One item of the unit (or, in the bureau's mode, of the plan): a measure (its status, what is
 * due next, its latest report, the report form and its targets' figure forms) or a target of
 * its own.
 */
export function TaskCard({
  task,
  context,
  nested = false,
}: {
  task: TaskItem;
  context: TaskContext;
  /** Under a project's heading (the bureau's mode): the card's headings one level down */
  nested?: boolean;
}) {
  const Heading = nested ? 'h3' : 'h2';
  const SubHeading = nested ? 'h4' : 'h3';
  const w = useTasksWords();
  const { pick } = useLocale();
  const headingId = `task-${task.id}`;
  const project =
    task.projectNumber === null ? undefined : context.projects.get(task.projectNumber);
  const measureTracking =
    task.kind === 'measure' ? context.measuresTracking.get(task.id) : undefined;
  const measure = task.kind === 'measure' ? context.measures.get(task.id) : undefined;
  const targets =
    task.kind === 'measure'
      ? context.targets.filter((target) => target.location.measure === task.id)
      : context.targets.filter((target) => target.id === task.id);
  const role = task.role;
  const latest = measureTracking?.latestReport;
  return (
    <section className="task-card" aria-labelledby={headingId} data-task={task.id}>
      <Heading id={headingId} className="task-card-heading">
        <span>{w(task.kind === 'measure' ? 'measure' : 'target', { id: task.id })}</span>
        <TrackingBadge
          status={task.status}
          explanation={
            measureTracking?.explanation ?? context.targetsTracking.get(task.id)?.explanation
          }
        />
        {role ? (
          <span className="task-role">{w(role === 'lead' ? 'roleLead' : 'roleCooperating')}</span>
        ) : null}
      </Heading>
      {project ? (
        <p className="muted">
          {w('project', { number: project.number })} · {pick(project.name)}
        </p>
      ) : null}
      {measure ? <p className="task-text">{excerpt(measure.text, 200)}</p> : null}
      {context.owners ? (
        <OwnerLine
          owner={(measureTracking ?? context.targetsTracking.get(task.id))?.owner}
          units={context.owners.units}
        />
      ) : null}
      <ul className="task-meta">
        {task.due ? <li>{w('deadline', { date: task.due })}</li> : null}
        {task.kind === 'measure' ? (
          <li>
            {!context.due
              ? w('nothingDue')
              : task.reportDue === false
                ? w('reportedFor', { period: context.due.id })
                : w('nextDue', { period: context.due.id, date: context.due.dueBy })}
          </li>
        ) : null}
        {task.kind === 'measure' ? (
          <li>
            {latest
              ? w('latestReport', {
                  period: latest.period,
                  status: pick(trackingStatusLabels[latest.status]),
                  date: latest.createdAt.slice(0, 10),
                })
              : w('noReport')}
          </li>
        ) : null}
        {task.supervised ? <li className="task-supervised">{w('supervised')}</li> : null}
      </ul>
      {task.kind === 'measure' ? (
        <Fold summary={w('reportFor', { id: task.id })} lazy={context.lazyForms === true}>
          <MeasureReportForm
            measureId={task.id}
            token={context.token}
            periods={context.periods}
            defaultPeriod={context.preferredPeriod}
            cycle={context.cycle}
            deliverable={targets.length === 0}
          />
        </Fold>
      ) : null}
      {task.kind === 'measure' ? <ReportHistory measureId={task.id} /> : null}
      {targets.length > 0 ? (
        <>
          {task.kind === 'measure' ? <SubHeading>{w('targetsOfMeasure')}</SubHeading> : null}
          <ul className="task-targets">
            {targets.map((target) => (
              <li key={target.id}>
                <TargetRow target={target} context={context} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
