import { sourceLabel } from '@plan/observations';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useHistory } from '../../api/queries.js';
import type { Indicator, Observation } from '../../api/types.js';
import { IllustrativeTag } from '../../components/IllustrativeTag.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { formatDate, formatDateTime, formatPeriod } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { formatObservedValue } from '../../lib/planValues.js';
import { useSession } from '../../lib/useSession.js';
import { useSettingsSearch } from '../../lib/useSettings.js';

/** Revisions are read with a token: without one (or with one the API no longer knows) say where to sign in. */
function SignInForRevisions() {
  const { t } = useLocale();
  const search = useSettingsSearch();
  return (
    <p className="muted history-sign-in">
      {t('detail.historySignIn')}{' '}
      <Link to={`/data-entry${search}`}>{t('detail.historySignInLink')}</Link>
    </p>
  );
}

/** The revisions of one observation, oldest first, as the API keeps them. */
function RevisionRows({
  id,
  indicator,
  token,
}: {
  id: string;
  indicator: Indicator;
  token: string;
}) {
  const { t, locale } = useLocale();
  const history = useHistory(id, token);
  if (history.error instanceof ApiError && history.error.status === 401)
    return <SignInForRevisions />;
  if (history.isError) return <ErrorNotice error={history.error} />;
  if (!history.data) return <Loading />;
  return (
    <table className="data-table revisions">
      <caption className="visually-hidden">{t('detail.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rev.at')}</th>
          <th scope="col">{t('rev.action')}</th>
          <th scope="col">{t('rev.actor')}</th>
          <th scope="col">{t('rev.change')}</th>
          <th scope="col">{t('rev.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {history.data.map((revision) => (
          <tr key={revision.revision}>
            <td>{formatDateTime(revision.at, locale)}</td>
            <td>{t(`rev.${revision.action}`)}</td>
            <td>{revision.actor}</td>
            <td>
              {revision.old ? formatObservedValue(revision.old.value, indicator, locale) : '∅'} →{' '}
              {revision.new ? formatObservedValue(revision.new.value, indicator, locale) : '∅'}
              {revision.new?.illustrative || revision.old?.illustrative ? (
                <IllustrativeTag />
              ) : null}
            </td>
            <td>{revision.reason ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every observation of the indicator, newest first, each with its revisions on request
 * when someone is signed in (the API shows revisions only to a token).
 */
function ObservationHistory({
  indicator,
  observations,
  asOf,
  token,
}: {
  indicator: Indicator;
  observations: readonly Observation[];
  asOf: string;
  token: string | undefined;
}) {
  const { t, locale } = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  if (observations.length === 0) return <p className="muted">{t('common.noData')}</p>;
  return (
    <div className="table-wrap">
      {token === undefined ? <SignInForRevisions /> : null}
      <table className="data-table observations">
        <thead>
          <tr>
            <th scope="col">{t('obs.time')}</th>
            <th scope="col" className="num">
              {t('obs.value')}
            </th>
            <th scope="col">{t('obs.source')}</th>
            <th scope="col">{t('obs.updated')}</th>
            <th scope="col" className="num">
              {t('obs.version')}
            </th>
            {token === undefined ? null : (
              <th scope="col">
                <span className="visually-hidden">{t('detail.showHistory')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...observations]
            .sort((a, b) => b.date.localeCompare(a.date))
            .flatMap((observation) => {
              const rows = [
                <tr
                  key={observation.id}
                  className={observation.date > asOf ? 'after-as-of' : undefined}
                  data-illustrative={observation.illustrative || undefined}
                >
                  <td>{formatPeriod(observation, locale)}</td>
                  <td className="num">
                    {formatObservedValue(observation.value, indicator, locale)}
                    {observation.illustrative ? <IllustrativeTag /> : null}
                  </td>
                  <td title={observation.source}>
                    {sourceLabel(observation.source)[locale]}
                    {/* A note is the writer's own text, shown as written (the zh scan leaves it out). */}
                    {observation.note ? (
                      <span className="cell-note" data-user-text="">
                        {observation.note}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {observation.updatedBy}
                    <span className="cell-note">
                      {formatDateTime(observation.updatedAt, locale)}
                    </span>
                  </td>
                  <td className="num">{observation.version}</td>
                  {token === undefined ? null : (
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={open === observation.id}
                        onClick={() => setOpen(open === observation.id ? null : observation.id)}
                      >
                        {open === observation.id
                          ? t('detail.hideHistory')
                          : t('detail.showHistory')}
                      </button>
                    </td>
                  )}
                </tr>,
              ];
              if (token !== undefined && open === observation.id) {
                rows.push(
                  <tr key={`${observation.id}-history`} className="history-row">
                    <td colSpan={6}>
                      <RevisionRows id={observation.id} indicator={indicator} token={token} />
                    </td>
                  </tr>,
                );
              }
              return rows;
            })}
        </tbody>
      </table>
    </div>
  );
}

/** The observation history section, with the as-of date it is read against. */
export function HistorySection(props: {
  indicator: Indicator;
  observations: readonly Observation[];
  asOf: string;
}) {
  const { t, locale } = useLocale();
  const [session] = useSession();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('detail.history')}</h2>
      <ObservationHistory {...props} token={session?.token} />
      <p className="small muted">
        {t('controls.asOf')} {formatDate(props.asOf, locale)}
      </p>
    </section>
  );
}
