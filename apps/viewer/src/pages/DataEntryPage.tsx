import { useIndicators, usePlan } from '../api/queries.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { type Session, useSession } from '../lib/useSession.js';
import { AddObservationView } from './dataEntry/AddObservationView.js';
import { ImportView } from './dataEntry/ImportView.js';
import { ReturnedFigures } from './dataEntry/ReturnedFigures.js';
import { SignInView } from './dataEntry/SignInView.js';
import { scopeRegionWords, scopeWords } from './dataEntry/scopeWords.js';
import { scopeKind, writableIndicators, writableRegions } from './dataEntry/tokenScope.js';
import { useMe } from './dataEntry/useMe.js';
import { useObservationWrite } from './dataEntry/useObservationWrite.js';

/**
 * What a signed-in editor sees: the scope in words, a district's returned figures first,
 * the form for one observation and the file import, offering only what the token may write.
 */
function Editor({ session }: { session: Session }) {
  const words = useLocale();
  const plan = usePlan();
  const indicators = useIndicators();
  const me = useMe(session.token);
  const write = useObservationWrite(session);
  if (plan.data && indicators.data && me.data) {
    const scope = me.data.scope;
    const regionScoped = scopeKind(scope, plan.data) === 'region';
    const regions = writableRegions(plan.data, scope, session.role);
    const allowed = writableIndicators(indicators.data, scope);
    return (
      <>
        <p className="scope-line" data-testid="entry-scope">
          {words.t('entry.scope', { scope: scopeWords(scope, plan.data, words) })}
        </p>
        {regionScoped ? (
          <ReturnedFigures
            plan={plan.data}
            indicators={indicators.data}
            regions={regions.map((region) => region.id)}
            write={write}
          />
        ) : null}
        <AddObservationView
          plan={plan.data}
          indicators={allowed}
          regions={regions}
          regionScoped={regionScoped}
          write={write}
        />
        <ImportView
          write={write}
          regions={regions}
          scopeNote={
            scope?.regions
              ? words.t('entry.scope.import', {
                  regions: scopeRegionWords(scope, plan.data, words),
                })
              : undefined
          }
        />
      </>
    );
  }
  if (plan.isError || indicators.isError || me.isError)
    return <ErrorNotice error={plan.error ?? indicators.error ?? me.error} />;
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
