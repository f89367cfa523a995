import { useState } from 'react';
import { Link } from 'react-router';
import { useIndicators, usePlan } from '../../api/queries.js';
import type { Indicator, PlanSummary } from '../../api/types.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { type Session, useSession } from '../../lib/useSession.js';
import { useSettingsSearch } from '../../lib/useSettings.js';
import { ObservationFigure } from '../dataEntry/ObservationFigure.js';
import { scopeWords } from '../dataEntry/scopeWords.js';
import { mayReview } from '../dataEntry/tokenScope.js';
import { useMe } from '../dataEntry/useMe.js';
import { useObservationsInApproval } from '../dataEntry/useObservationsInApproval.js';
import { groupSubmissions } from './groupSubmissions.js';
import { type ReviewOutcome, SubmissionGroupView } from './SubmissionGroupView.js';
import { useReviewActions } from './useReviewActions.js';

/** The figures the city returned and the districts have not resubmitted yet: for the reviewer's overview. */
function AwaitingDistricts({
  plan,
  indicators,
}: {
  plan: PlanSummary;
  indicators: readonly Indicator[];
}) {
  const { t } = useLocale();
  const returned = useObservationsInApproval('returned');
  const items = returned.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="awaiting-heading">
      <h2 id="awaiting-heading">{t('review.awaitingDistrict')}</h2>
      <ul className="existing">
        {items.map((observation) => (
          <li key={observation.id}>
            <div className="existing-row">
              <ObservationFigure
                observation={observation}
                indicators={indicators}
                plan={plan}
                first="region"
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The submitted figures, by district and year, for a city reviewer to approve or return. */
function Review({ session, plan }: { session: Session; plan: PlanSummary }) {
  const { t } = useLocale();
  const indicators = useIndicators();
  const submitted = useObservationsInApproval('submitted');
  const actions = useReviewActions(session);
  const [outcome, setOutcome] = useState<ReviewOutcome | undefined>();
  if (submitted.isError || indicators.isError)
    return <ErrorNotice error={submitted.error ?? indicators.error} />;
  if (!submitted.data || !indicators.data) return <Loading />;
  const groups = groupSubmissions(submitted.data.items, plan.regions);
  return (
    <>
      {outcome ? (
        <p
          className={outcome.ok ? 'form-success' : 'form-problem'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.text}
        </p>
      ) : null}
      {groups.length === 0 ? <p className="muted">{t('review.none')}</p> : null}
      {groups.map((group) => (
        <SubmissionGroupView
          key={`${group.region}-${group.year}`}
          group={group}
          plan={plan}
          indicators={indicators.data}
          actions={actions}
          onOutcome={setOutcome}
        />
      ))}
      <AwaitingDistricts plan={plan} indicators={indicators.data} />
    </>
  );
}

/**
 * The city's review (/review): only a city-scoped editor or an administrator reviews;
 * anyone else is told why, and where to sign in.
 */
export default function ReviewPage() {
  const words = useLocale();
  const { t } = words;
  usePageTitle(t('review.title'));
  const [session] = useSession();
  const me = useMe(session?.token);
  const plan = usePlan();
  const search = useSettingsSearch();
  const body = () => {
    if (!session)
      return (
        <p className="muted">
          {t('review.signIn')} <Link to={`/data-entry${search}`}>{t('review.signInLink')}</Link>
        </p>
      );
    if (me.isError || plan.isError) return <ErrorNotice error={me.error ?? plan.error} />;
    if (!me.data || !plan.data) return <Loading />;
    if (!mayReview(me.data, plan.data))
      return (
        <p className="muted" role="status">
          {t('review.notAllowed', { scope: scopeWords(me.data.scope, plan.data, words) })}
        </p>
      );
    return <Review session={session} plan={plan.data} />;
  };
  return (
    <>
      <h1>{t('review.title')}</h1>
      <p className="muted">{t('review.intro')}</p>
      {body()}
    </>
  );
}
