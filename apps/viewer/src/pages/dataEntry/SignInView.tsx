import { type FormEvent, useState } from 'react';
import { ApiError, request } from '../../api/client.js';
import type { Me } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { Session } from '../../lib/useSession.js';
import { Field } from './Field.js';

/**
 * Asks for a token and checks it with GET /api/v1/me. A reader's token signs in too: it
 * shows revision histories, and the data-entry page says it cannot write.
 */
export function SignInView({ onSignIn }: { onSignIn: (session: Session) => void }) {
  const { t } = useLocale();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() === '') {
      setError(t('validate.required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await request<Me>('/api/v1/me', { token: token.trim() });
      if (!data.role || !data.name) setError(t('entry.badToken'));
      else onSignIn({ token: token.trim(), name: data.name, role: data.role });
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? `${t('entry.badToken')} (${caught.message})`
          : caught instanceof Error
            ? caught.message
            : String(caught),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel sign-in" onSubmit={submit} noValidate>
      <h2>{t('entry.signIn')}</h2>
      <Field label={t('entry.token')} error={error} help={t('entry.tokenHelp')}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('entry.signInButton')}
      </button>
    </form>
  );
}
