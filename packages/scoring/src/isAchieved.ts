import type { AssessResult } from './schema/results.js';

/**
 * Whether a result says the target is met, whichever way its method words it:
 * time-progress `achieved`, open-sdg `target_achieved`, unsd-2023 a met-target
 * exception, weather the "target reached" procedure, sdsn green.
 *
 * @example
 *   isAchieved(assess({ method: 'open-sdg', direction: 'increase',
 *     series: [{ year: 2020, value: 50 }, { year: 2023, value: 61 }],
 *     target: { year: 2025, value: 60 } })); // true
 */
export function isAchieved(result: AssessResult | null): boolean {
  if (!result) return false;
  switch (result.method) {
    case 'time-progress':
      return result.status === 'achieved';
    case 'open-sdg':
      return result.status === 'target_achieved';
    case 'unsd-2023':
      return (
        result.components.exception === 'latest_meets_target' ||
        result.components.exception === 'within_one_point_of_limit'
      );
    case 'weather':
      return result.components.procedure === 'target_reached';
    default:
      return result.colour === 'green';
  }
}
