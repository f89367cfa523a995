import { NavLink } from 'react-router';
import { usePlan } from '../../api/queries.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { useSession } from '../../lib/useSession.js';
import { mayReview } from '../dataEntry/tokenScope.js';
import { useMe } from '../dataEntry/useMe.js';

/** The navigation's link to the review page, shown only to a signed-in city editor or administrator. */
export function ReviewNavLink({ search }: { search: string }) {
  const { t } = useLocale();
  const [session] = useSession();
  const me = useMe(session?.token);
  const plan = usePlan();
  if (!session || !me.data || !plan.data || !mayReview(me.data, plan.data)) return null;
  return <NavLink to={{ pathname: '/review', search }}>{t('nav.review')}</NavLink>;
}
