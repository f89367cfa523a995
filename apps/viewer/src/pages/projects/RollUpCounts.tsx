import { trackingStatuses } from '../../api/tracking.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { type RollUp, trackingStatusLook } from './projectsView.js';
import { useProjectsWords } from './projectsWords.js';
import { TrackingBadge } from './TrackingBadge.js';

/** How many items have each status: done, on track, at risk, overdue, not reported (zeros too). */
export function RollUpCounts({ what, counts }: { what: string; counts: RollUp }) {
  const w = useProjectsWords();
  const { pick } = useLocale();
  const items = trackingStatuses
    .map((status) => `${pick(trackingStatusLook[status].label)} ${counts[status]}`)
    .join('，');
  return (
    <span className="tracking-rollup" title={w('rollUpLabel', { what, items })} data-rollup={what}>
      <span className="tracking-rollup-what">
        {what}
        {w('colon')}
        {w('rollUpOf', { total: counts.total })}
      </span>
      {trackingStatuses.map((status) => (
        <span key={status} className="tracking-rollup-count" data-count={status}>
          <TrackingBadge status={status} /> {counts[status]}
        </span>
      ))}
    </span>
  );
}
