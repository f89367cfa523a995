import type { CSSProperties } from 'react';
import type { Observation } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';

// A tint beside the words, never colour alone (the status badges' palette).
const colours: Record<Observation['approval'], string> = {
  submitted: '#d4a72c',
  approved: '#1a7f37',
  returned: '#cf222e',
};

/**
 * Where a figure stands in the approval: 待审核 (submitted), 已退回 with the city's reason
 * (returned), 已审核 (approved by a reviewer). A figure that counted at once (the city's own,
 * or from before approval) was never reviewed and carries no badge.
 */
export function ApprovalBadge({ observation }: { observation: Observation }) {
  const { t } = useLocale();
  const { approval: state, approvalReason: reason, reviewedAt } = observation;
  if (state === 'approved' && !reviewedAt) return null;
  return (
    <span className="approval">
      <span
        className="status-badge"
        data-approval={state}
        style={{ '--status-colour': colours[state] } as CSSProperties}
      >
        {t(`approval.${state}`)}
      </span>
      {state === 'returned' && reason ? (
        <span className="small"> {t('approval.reason', { reason })}</span>
      ) : null}
    </span>
  );
}
