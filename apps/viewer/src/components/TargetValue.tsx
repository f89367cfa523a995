import { comparatorSign } from '@plan/indicators';
import type { Target } from '@plan/projects';
import { useLocale } from '../i18n/LocaleProvider.js';

/** A target's value as the plan prints it (85, 10-15, 三), with its comparator and unit. */
export function TargetValue({
  target,
}: {
  target: Pick<Target, 'comparator' | 'printedValue' | 'unit'>;
}) {
  const { pick } = useLocale();
  return (
    <span className="target-value">
      {comparatorSign(target.comparator)}
      {target.printedValue} {pick(target.unit)}
    </span>
  );
}
