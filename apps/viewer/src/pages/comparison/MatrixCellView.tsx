import type { CSSProperties } from 'react';
import type { Method } from '../../api/types.js';
import { StatusIcon } from '../../components/StatusIcon.js';
import {
  type DifferenceUnit,
  formatCompletion,
  formatDifference,
  formatNumber,
  formatShare,
} from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { statusInfo } from '../../lib/statuses.js';
import type { MatrixCell } from './comparison.types.js';
import { useComparisonWords } from './comparisonWords.js';

/**
 * One district's standing on one indicator: its status as icon (words for
 * screen readers and in the title; the legend above names each icon), tinted
 * with the status colour; the latest value; completion against time elapsed;
 * "C" when the city's target was applied; the change since the previous period, in the
 * indicator's unit (百分点 for a percentage). Completion shows capped at 100%.
 */
export function MatrixCellView({
  cell,
  method,
  unit,
  dim = false,
}: {
  cell: MatrixCell | undefined;
  method: Method;
  /** The indicator's unit, which a change is written in */
  unit: DifferenceUnit;
  /** Faded: the matrix is filtered to another status */
  dim?: boolean;
}) {
  const { pick, locale } = useLocale();
  const w = useComparisonWords();
  if (!cell || cell.notJudged) {
    return (
      <td className="matrix-cell matrix-not-judged" title={w('notJudgedLong')}>
        <span className="muted small">{w('notJudged')}</span>
        <span className="visually-hidden">: {w('notJudgedLong')}</span>
      </td>
    );
  }
  const info = statusInfo(method, cell.status);
  // The API's words for the status (they may say more than the method's label).
  const status = pick(cell.label.zh !== '' ? cell.label : info.label);
  const target =
    cell.target === 'subject-target'
      ? w('cityTargetLong')
      : cell.target === 'region-target'
        ? w('regionTargetLong')
        : w('noTargetLong');
  const progress =
    cell.completion === null
      ? null
      : w('progress', {
          completion: formatCompletion(cell.completion, locale).text,
          time: formatShare(cell.timeElapsed, locale),
        });
  return (
    <td
      className={dim ? 'matrix-cell matrix-dim' : 'matrix-cell'}
      data-status={cell.status}
      style={{ '--status-colour': info.colour } as CSSProperties}
      title={[status, cell.baseline === 'missing' ? w('noBaseline') : null, target, progress]
        .filter(Boolean)
        .join(' · ')}
    >
      <span className="matrix-cell-head">
        <span className="matrix-status">
          <StatusIcon icon={info.icon} size={14} />
          <span className="visually-hidden">{status}</span>
        </span>
        <span className="matrix-value">{formatNumber(cell.value, locale)}</span>
        {cell.target === 'subject-target' ? (
          <abbr className="matrix-city-target" title={w('cityTargetLong')}>
            <span aria-hidden="true">{w('cityTarget')}</span>
            <span className="visually-hidden">{w('cityTargetLong')}</span>
          </abbr>
        ) : null}
      </span>
      {cell.baseline === 'missing' ? (
        <span className="matrix-progress">{w('noBaseline')}</span>
      ) : null}
      {progress ? (
        <span className="matrix-progress">
          <span aria-hidden="true">
            {formatCompletion(cell.completion, locale).text} /{' '}
            {formatShare(cell.timeElapsed, locale)}
          </span>
          <span className="visually-hidden">{progress}</span>
        </span>
      ) : null}
      {cell.change !== null && cell.change !== 0 ? (
        <span
          className="matrix-change"
          title={w('change', { change: formatDifference(cell.change, unit, locale) })}
        >
          <span aria-hidden="true">
            {cell.change > 0 ? '▲' : '▼'}
            {formatDifference(cell.change, unit, locale)}
          </span>
          <span className="visually-hidden">
            {w('change', { change: formatDifference(cell.change, unit, locale) })}
          </span>
        </span>
      ) : null}
    </td>
  );
}
