import { prepare } from './_lib/prepare.js';
import { evaluateOpenSdg } from './openSdg.js';
import type { AssessInput } from './schema/assessInput.js';
import type {
  AssessResult,
  OpenSdgResult,
  SdsnResult,
  TimeProgressResult,
  Unsd2023Result,
  WeatherResult,
} from './schema/results.js';
import { evaluateSdsn } from './sdsn.js';
import { evaluateTimeProgress } from './timeProgress.js';
import { evaluateUnsd2023 } from './unsd2023.js';
import { evaluateWeather } from './weather.js';

type ResultOf<M extends AssessInput['method']> = M extends 'time-progress'
  ? TimeProgressResult
  : M extends 'open-sdg'
    ? OpenSdgResult
    : M extends 'unsd-2023'
      ? Unsd2023Result
      : M extends 'weather'
        ? WeatherResult
        : SdsnResult;

/**
 * Scores one series by one published method. `series[0]` is the base; the
 * target is `{ year, value }` (optionally with a comparator); `asOf` (ISO
 * date) leaves out figures dated after it. The result carries `status` (the
 * method's status name), a bilingual `label` and `explanation`, the method's
 * `score` (open-sdg also `progressValue`, sdsn also `colour`) and every
 * calculation component. Results are plain JSON: no NaN or Infinity.
 *
 * @throws ScoringInputError naming each problem with its path (`series[2].value: expected a finite number`)
 * @example
 *   assess({
 *     method: 'open-sdg',
 *     direction: 'decrease',
 *     series: [{ year: 2020, value: 58 }, { year: 2023, value: 57 }],
 *     target: { year: 2025, value: 56 },
 *   }).status; // 'moderate_progress': R ≈ 0.83, score ≈ 1.62
 */
export function assess<M extends AssessInput['method']>(
  input: AssessInput & { method: M },
): ResultOf<M>;
export function assess(input: AssessInput): AssessResult;
export function assess(input: AssessInput): AssessResult {
  const prepared = prepare(input);
  switch (prepared.method) {
    case 'time-progress':
      return evaluateTimeProgress(prepared);
    case 'open-sdg':
      return evaluateOpenSdg(prepared);
    case 'unsd-2023':
      return evaluateUnsd2023(prepared);
    case 'weather':
      return evaluateWeather(prepared);
    default:
      return evaluateSdsn(prepared);
  }
}
