import type { Method } from '@plan/scoring';
import type { CSSProperties } from 'react';
import { useLocale } from '../i18n/LocaleProvider.js';
import { statusInfo } from '../lib/statuses.js';
import { StatusIcon } from './StatusIcon.js';

/** A status as icon and text, never colour alone; the colour is a tint beside them. */
export function StatusBadge({
  method,
  status,
  label,
}: {
  method: Method;
  status: string;
  label?: { zh: string; en: string } | undefined;
}) {
  const { pick } = useLocale();
  const info = statusInfo(method, status);
  const text = label && label.zh !== '' ? label : info.label;
  return (
    <span
      className="status-badge"
      data-status={status}
      style={{ '--status-colour': info.colour } as CSSProperties}
    >
      <StatusIcon icon={info.icon} />
      <span>{pick(text)}</span>
    </span>
  );
}
