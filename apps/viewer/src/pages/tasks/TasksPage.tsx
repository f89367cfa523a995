import { Link } from 'react-router';
import { ApiError } from '../../api/client.js';
import { usePlan } from '../../api/queries.js';
import { unitName, useMeTasks, useUnits } from '../../api/tracking.js';
import type { Me, PlanSummary } from '../../api/types.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { type Session, useSession } from '../../lib/useSession.js';
import { useDutyDay, useSettingsSearch } from '../../lib/useSettings.js';
import { SignInView } from '../dataEntry/SignInView.js';
import { useMe } from '../dataEntry/useMe.js';
import { BureauTasks } from './BureauTasks.js';
import { mayReportAsBureau } from './bureauScope.js';
import { cardsOf } from './cardsOf.js';
import type { MyTasks } from './myTasks.types.js';
import { TaskCard } from './TaskCard.js';
import { useTasksWords } from './tasksWords.js';
import { unitOfMe } from './unitOfMe.js';
import { useReportingCycle } from './useReportingCycle.js';
import { useTaskContext } from './useTaskContext.js';
import './tasks.css';

/** A token without a unit: why there is nothing here, and where to go instead. */
function NoUnit({ detail }: { detail?: string | undefined }) {
  const w = useTasksWords();
  const search = useSettingsSearch();
  return (
    <div className="panel" role="status">
      <p>{w('noUnit')}</p>
      {detail ? <p className="muted">{w('noUnitApi', { detail })}</p> : null}
      <p>
        <Link to={`/data-entry${search}`}>{w('dataEntryLink')}</Link> ·{' '}
        <Link to={`/supervision${search}`}>{w('supervisionLink')}</Link>
      </p>
    </div>
  );
}

/** The unit's items from GET /api/v1/me/tasks, each with its forms. */
function Tasks({
  session,
  me,
  unit,
  plan,
}: {
  session: Session;
  me: Me;
  unit: string;
  plan: PlanSummary;
}) {
  const w = useTasksWords();
  const { locale } = useLocale();
  // Reporting duties follow the calendar: today unless the URL names a day.
  const asOf = useDutyDay();
  const tasks = useMeTasks(asOf, session.token);
  const cycle = useReportingCycle();
  const units = useUnits();
  const answer = tasks.data as MyTasks | undefined;
  const { context, error } = useTaskContext({
    session,
    me,
    plan,
    unit,
    asOf,
    cycle: cycle.data ?? answer?.cycle ?? 'year',
    due: answer?.due,
  });
  if (tasks.error instanceof ApiError && tasks.error.status === 400)
    return <NoUnit detail={tasks.error.message} />;
  if (tasks.isError || error)
    return <ErrorNotice error={tasks.error ?? error} retry={() => void tasks.refetch()} />;
  if (!answer || !context) return <Loading />;
  const unitMap = new Map((units.data ?? []).map((item) => [item.id, item]));
  return (
    <>
      <div className="task-summary">
        <strong>{w('unit', { name: unitName(unitMap, unit, locale) })}</strong>
        <span>{w('asOf', { date: asOf })}</span>
        <span>{w('summary', { count: answer.items.length })}</span>
      </div>
      {answer.items.length === 0 ? <p className="muted">{w('none')}</p> : null}
      {cardsOf(answer.items, (id) => context.targetMeasures.get(id)).map((task) => (
        <TaskCard key={task.id} task={task} context={context} />
      ))}
    </>
  );
}

/**
 * The signed-in token's page: its unit's tasks; for the bureau (a city-scoped editor or admin
 * without a unit) every measure and target of the plan; for anyone else why it has none.
 */
function SignedIn({ session }: { session: Session }) {
  const me = useMe(session.token);
  const plan = usePlan();
  if (me.isError || plan.isError) return <ErrorNotice error={me.error ?? plan.error} />;
  if (!me.data || !plan.data) return <Loading />;
  const unit = unitOfMe(me.data);
  if (unit) return <Tasks session={session} me={me.data} unit={unit} plan={plan.data} />;
  if (mayReportAsBureau(me.data, plan.data))
    return <BureauTasks session={session} me={me.data} plan={plan.data} />;
  return <NoUnit />;
}

/**
 * My tasks (/tasks, 我的任务): a responsible unit signs in with its token and reports on the
 * measures and targets it leads or cooperates on; the bureau reports on any of them. A
 * district's token without a unit is told why it has nothing here (the API refuses its reports).
 */
export default function TasksPage() {
  const w = useTasksWords();
  usePageTitle(w('title'));
  const [session, setSession] = useSession();
  return (
    <>
      <div className="page-title-row">
        <h1>{w('title')}</h1>
        {session ? (
          <p className="signed-in">
            {w('signedInAs', { name: session.name })}{' '}
            <button type="button" className="link-button" onClick={() => setSession(null)}>
              {w('signOut')}
            </button>
          </p>
        ) : null}
      </div>
      <p className="muted">{w('intro')}</p>
      {session?.role === 'viewer' ? (
        <p className="muted" role="status">
          {w('readOnly')}
        </p>
      ) : session ? (
        <SignedIn session={session} />
      ) : (
        <SignInView onSignIn={setSession} />
      )}
    </>
  );
}
