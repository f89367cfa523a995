import { isAchieved } from '../isAchieved.js';
import type { Method } from '../schema/assessInput.js';
import type {
  AnyStatus,
  IndicatorAssessment,
  QuantityAssessment,
} from '../schema/indicatorAssessment.js';
import type { AssessResult } from '../schema/results.js';
import { type SdsnColour, statusRank } from '../statusLabels.js';
import { combine, labelOf, MISSING_STATUS } from './combine.js';
import { exactScoreOf } from './exactScore.js';
import type { Text } from './indicatorSpecs.js';
import { round } from './numbers.js';

/** An indicator's verdict from its quantities, with the words that explain it. */
export type IndicatorVerdict = Pick<
  IndicatorAssessment,
  'status' | 'label' | 'score' | 'colour' | 'missing' | 'achieved' | 'explanation' | 'combination'
> & {
  /** The unrounded score behind `score`, for combining. */
  exactScore: number | null;
};

/**
 * The status, score, colour and explanation of an indicator from the results
 * of its quantities. One quantity: its result as it is (a ratio's explanation
 * says which share was scored). Several (the parts of a split row): combined
 * as `combine` does (open-sdg the mean of the unrounded scores, the others the
 * worst status), each part's explanation followed by the rule. No result: the
 * method's "cannot tell" status, never a zero.
 */
export function explainIndicator(
  method: Method,
  quantities: readonly QuantityAssessment[],
  scoredOn: Text | null,
): IndicatorVerdict {
  const results = quantities.map((quantity) => quantity.result);
  let status: AnyStatus;
  let score: number | null;
  let exactScore: number | null;
  let colour: SdsnColour | null = null;
  let combination: IndicatorAssessment['combination'] = null;
  let explanation: Text;
  const only = quantities.length === 1 ? (results[0] ?? null) : null;
  if (quantities.length === 1) {
    status = only ? only.status : MISSING_STATUS[method];
    score = only ? only.score : null;
    exactScore = only ? exactScoreOf(only) : null;
    colour = only?.method === 'sdsn' ? only.colour : method === 'sdsn' ? 'grey' : null;
    explanation = only
      ? scoredOn
        ? {
            zh: `按${scoredOn.zh}计：${only.explanation.zh}`,
            en: `Scored on ${scoredOn.en.charAt(0).toLowerCase()}${scoredOn.en.slice(1)}: ${only.explanation.en}`,
          }
        : only.explanation
      : {
          zh: '没有可作为基期的数据，无法评估。',
          en: 'No value to start from: cannot be assessed.',
        };
  } else {
    const assessedResults = results.filter((result): result is AssessResult => result !== null);
    const combined = combine(
      method,
      assessedResults.map((result) => ({
        status: result.status,
        score: exactScoreOf(result),
        colour: result.method === 'sdsn' ? result.colour : null,
      })),
    );
    status = combined.status;
    exactScore = combined.score;
    score = combined.score === null ? null : round(combined.score, 4);
    colour = combined.colour;
    combination = { rule: combined.rule, assessed: combined.assessed };
    const parts = quantities.map((quantity) => ({
      zh: `${quantity.partLabel?.zh}：${quantity.result ? quantity.result.explanation.zh : '无数据。'}`,
      en: `${quantity.partLabel?.en}: ${quantity.result ? quantity.result.explanation.en : 'no data.'}`,
    }));
    const rule =
      combined.rule === 'mean_score'
        ? {
            zh: '各部分得分取平均，全部达标才算“已实现目标”。',
            en: 'The parts’ scores are averaged; the target counts as achieved only if every part achieves it.',
          }
        : { zh: '取各部分中最差的状态。', en: 'The worst status of the parts is taken.' };
    explanation = {
      zh: `${parts.map((part) => part.zh).join(' ')} ${rule.zh}`,
      en: `${parts.map((part) => part.en).join(' ')} ${rule.en}`,
    };
  }
  return {
    status,
    label: quantities.length === 1 && only ? only.label : labelOf(method, status),
    score,
    exactScore,
    colour,
    missing: statusRank(method, status) === null,
    achieved: results.length > 0 && results.every((result) => isAchieved(result)),
    explanation,
    combination,
  };
}
