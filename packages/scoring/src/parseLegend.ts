import { Legend } from './schema/legend.js';
import { ScoringInputError } from './scoringInputError.js';

/**
 * Checks a legend and fills its defaults.
 *
 * @throws ScoringInputError naming each bad rule (`rules[1].end: start must be below end`)
 */
export function parseLegend(input: unknown): Legend {
  const parsed = Legend.safeParse(input);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'legend');
  return parsed.data;
}
