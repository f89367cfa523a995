/**
 * The project part of an id: `P` and the project's number in at least two
 * digits (`P07`, `P23`, `P105`), as `buildCatalogue` writes it. How many
 * projects there are is the plan's, so the pattern sets no upper bound.
 */
export const PROJECT_PART = 'P(?:0[1-9]|[1-9]\\d+)';

/** The measure part of an id: `P07-M3`, the measure's position in its box from 1. */
export const MEASURE_PART = `${PROJECT_PART}-M[1-9]\\d*`;

/** The prose part of an id: chapter and section, `C3S4` or `C12S1`. */
export const PROSE_PART = 'C[1-9]\\d*S[1-9]\\d*';

/** An id of `prefix`, then a measure or a prose place, then a position from 1 (`T-P13-M2-1`). */
export const placedIdPattern = (prefix: string) =>
  new RegExp(`^${prefix}-(?:${MEASURE_PART}|${PROSE_PART})-[1-9]\\d*$`);
