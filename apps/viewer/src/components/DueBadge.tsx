import { useLocale } from '../i18n/LocaleProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import type { DueState } from '../lib/deadlines.js';

const labels: Record<DueState, MessageKey> = {
  passed: 'projects.due.passed',
  thisYear: 'projects.due.thisYear',
  upcoming: 'projects.due.upcoming',
};
const marks: Record<DueState, string> = { passed: '●', thisYear: '◐', upcoming: '○' };

/** Where a deadline stands on the as-of date, as a mark and words. */
export function DueBadge({ state }: { state: DueState }) {
  const { t } = useLocale();
  return (
    <span className={`due-badge due-${state}`}>
      <span aria-hidden="true">{marks[state]}</span> {t(labels[state])}
    </span>
  );
}
