import { useIndicators, usePlan } from '../api/queries.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { type Session, useSession } from '../lib/useSession.js';
import { AddObservationView } from './dataEntry/AddObservationView.js';
import { ImportView } from './dataEntry/ImportView.js';
import { SignInView } from './dataEntry/SignInView.js';
import { useObservationWrite } from './dataEntry/useObservationWrite.js';

/** What a signed-in editor sees: the form for one observation and the file import. */
function Editor({ session }: { session: Session }) {
  const plan = usePlan();
  const indicators = useIndicators();
  const write = useObservationWrite(session);
  if (plan.data && indicators.data) {
    return (
      <>
        <AddObservationView plan={plan.data} indicators={indicators.data} write={write} />
        <ImportView write={write} />
      </>
    );
  }
  if (plan.isError || indicators.isError)
    return <ErrorNotice error={plan.error ?? indicators.error} />;
  return <Loading />;
}

/** Data entry: sign in with an editor's token, then add, correct or import observations. */
export default function DataEntryPage() {
  const { t } = useLocale();
  usePageTitle(t('entry.title'));
  const [session, setSession] = useSession();
  return (
    <>
      <div className="page-title-row">
        <h1>{t('entry.title')}</h1>
        {session ? (
          <p className="signed-in">
            {t('entry.signedInAs', { name: session.name, role: session.role })}{' '}
            <button type="button" className="link-button" onClick={() => setSession(null)}>
              {t('entry.signOut')}
            </button>
          </p>
        ) : null}
      </div>
      {session?.role === 'viewer' ? (
        <p className="muted" role="status">
          {t('entry.readOnly')}
        </p>
      ) : session ? (
        <Editor session={session} />
      ) : (
        <SignInView onSignIn={setSession} />
      )}
    </>
  );
}
