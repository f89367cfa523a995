import { useMemo } from 'react';
import { useIndicators, useProjects, useTargets } from '../../api/queries.js';
import {
  type ReportingCycle,
  useMeasuresTracking,
  useTargetsTracking,
} from '../../api/tracking.js';
import type { Me, PlanSummary } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { Session } from '../../lib/useSession.js';
import { writableRegions } from '../dataEntry/tokenScope.js';
import type { MyTasks } from './myTasks.types.js';
import type { TaskContext } from './TaskCard.js';
import { taskPeriods } from './taskPeriods.js';

/**
 * What every card of the page needs, read once: the plan's projects, targets and indicators,
 * the tracking of every measure and target, the periods a report may be for. Shared by a
 * unit's tasks and the bureau's mode; undefined until the projects and targets are read.
 */
export function useTaskContext({
  session,
  me,
  plan,
  unit,
  asOf,
  cycle,
  due,
}: {
  session: Session;
  me: Me;
  plan: PlanSummary;
  unit: string | null;
  asOf: string;
  cycle: ReportingCycle;
  due: MyTasks['due'] | undefined;
}) {
  const { pick } = useLocale();
  const projects = useProjects();
  const targets = useTargets();
  const indicators = useIndicators();
  const measuresTracking = useMeasuresTracking(asOf);
  const targetsTracking = useTargetsTracking(asOf);
  const context = useMemo<TaskContext | undefined>(() => {
    if (!projects.data || !targets.data) return undefined;
    const { periods, preferred } = taskPeriods(plan, cycle, asOf, due?.id);
    return {
      plan,
      unit,
      token: session.token,
      asOf,
      cycle,
      periods,
      preferredPeriod: preferred,
      due: due ?? null,
      writableRegions: writableRegions(plan, me.scope, session.role),
      projects: new Map(projects.data.map((project) => [project.number, project])),
      measures: new Map(
        projects.data.flatMap((project) =>
          project.measures.map((measure) => [measure.id, measure]),
        ),
      ),
      targets: targets.data,
      targetMeasures: new Map(
        targets.data.flatMap((target) =>
          target.location.measure ? [[target.id, target.location.measure] as const] : [],
        ),
      ),
      measuresTracking: new Map((measuresTracking.data ?? []).map((item) => [item.id, item])),
      targetsTracking: new Map((targetsTracking.data ?? []).map((item) => [item.id, item])),
      indicatorNames: new Map(
        (indicators.data ?? []).map((indicator) => [indicator.id, pick(indicator.name)]),
      ),
    };
  }, [
    projects.data,
    targets.data,
    measuresTracking.data,
    targetsTracking.data,
    indicators.data,
    plan,
    unit,
    session.token,
    session.role,
    asOf,
    cycle,
    due,
    me,
    pick,
  ]);
  return {
    context,
    error: projects.error ?? targets.error,
    measuresTracking,
    targetsTracking,
  };
}
