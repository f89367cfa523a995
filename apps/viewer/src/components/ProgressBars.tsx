import { formatCompletion, formatShare } from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';

const clamp = (share: number) => Math.max(0, Math.min(1, share));

/**
 * 完成进度 against 时序进度: the bar is the completion, the tick the time
 * elapsed. The figures are written beside it, so the bar is never the only
 * carrier of the numbers. Completion shows capped at 100%, marked 超额完成 above
 * it, with the uncapped figure in the label (and the indicator's calculation).
 */
export function ProgressBars({
  completion,
  timeProgress,
  compact = false,
}: {
  completion: number | null;
  timeProgress: number | null;
  compact?: boolean;
}) {
  const { t, locale } = useLocale();
  const shown = formatCompletion(completion, locale);
  const exceeded = shown.exceeded ? `, ${t('progress.exceeded')} (${shown.uncapped})` : '';
  const label = `${t('progress.completion')} ${shown.text}${exceeded}, ${t('progress.time')} ${formatShare(timeProgress, locale)}`;
  const behind = completion !== null && timeProgress !== null && completion < timeProgress;
  return (
    <div className={compact ? 'progress progress-compact' : 'progress'}>
      <div className="progress-track" role="img" aria-label={label}>
        {completion !== null ? (
          <div
            className={behind ? 'progress-fill progress-behind' : 'progress-fill'}
            style={{ width: `${clamp(completion) * 100}%` }}
          />
        ) : null}
        {timeProgress !== null ? (
          <div className="progress-time" style={{ left: `${clamp(timeProgress) * 100}%` }} />
        ) : null}
      </div>
      <div className="progress-figures" aria-hidden="true">
        <span>
          {compact ? null : `${t('progress.completion')} `}
          <strong>{shown.text}</strong>
          {shown.exceeded ? (
            <span
              className="exceeded-mark"
              title={t('progress.uncapped', { share: shown.uncapped })}
            >
              {t('progress.exceeded')}
            </span>
          ) : null}
        </span>
        <span className="progress-time-figure">
          {compact ? '/ ' : `${t('progress.time')} `}
          {formatShare(timeProgress, locale)}
        </span>
      </div>
    </div>
  );
}
