import type { CSSProperties } from 'react';
import type { TrackingStatus } from '../../api/tracking.js';
import { StatusIcon } from '../../components/StatusIcon.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { trackingStatusLook } from './projectsView.js';

/** A target's or measure's one status (已完成 … 未报告), as icon and words; its explanation on hover. */
export function TrackingBadge({
  status,
  explanation,
}: {
  status: TrackingStatus;
  explanation?: { zh: string; en: string } | undefined;
}) {
  const { pick } = useLocale();
  const look = trackingStatusLook[status];
  return (
    <span
      className="status-badge"
      data-tracking={status}
      title={explanation ? pick(explanation) : undefined}
      style={{ '--status-colour': look.colour } as CSSProperties}
    >
      <StatusIcon icon={look.icon} />
      <span>{pick(look.label)}</span>
    </span>
  );
}
