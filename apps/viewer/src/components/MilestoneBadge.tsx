import type { CSSProperties } from 'react';
import { useLocale } from '../i18n/LocaleProvider.js';
import { milestoneInfo } from '../lib/statuses.js';
import { StatusIcon } from './StatusIcon.js';

/** A milestone's status by its deadline, as icon and words; its explanation on hover. */
export function MilestoneBadge({
  status,
  label,
  explanation,
}: {
  status: string;
  label?: { zh: string; en: string };
  explanation?: { zh: string; en: string };
}) {
  const { pick } = useLocale();
  const info = milestoneInfo(status);
  return (
    <span
      className="status-badge"
      data-milestone={status}
      title={explanation ? pick(explanation) : undefined}
      style={{ '--status-colour': info.colour } as CSSProperties}
    >
      <StatusIcon icon={info.icon} />
      <span>{pick(label ?? info.label)}</span>
    </span>
  );
}
