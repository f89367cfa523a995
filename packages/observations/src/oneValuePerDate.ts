// Type-only: this module stays free of zod, so a browser page can call it without the schemas.
import type { Observation } from './schema/observation.js';
import { sourceRank } from './sources.js';

/** True when `candidate` counts over `current` for the same indicator, region and date. */
function countsOver(candidate: Observation, current: Observation): boolean {
  const ranks = sourceRank(candidate) - sourceRank(current);
  if (ranks !== 0) return ranks < 0;
  if (candidate.createdAt !== current.createdAt) return candidate.createdAt < current.createdAt;
  return candidate.source < current.source;
}

/**
 * Scoring needs one value per indicator, region and date, but the store may hold several
 * from different sources (the plan's 2020 value and a bulletin's, or an official and an
 * illustrative one). The one that counts is chosen by SOURCE_PRECEDENCE, then the first
 * recorded; the others are returned as set aside, so a reader can see what was not used.
 *
 * @example
 * oneValuePerDate([apiValue, bulletinValue]).used // [bulletinValue]: statistics outrank the API
 */
export function oneValuePerDate(observations: readonly Observation[]): {
  used: Observation[];
  setAside: Observation[];
} {
  const chosen = new Map<string, Observation>();
  const setAside: Observation[] = [];
  for (const observation of observations) {
    const key = `${observation.indicatorId}\u0000${observation.region}\u0000${observation.date}`;
    const current = chosen.get(key);
    if (!current) {
      chosen.set(key, observation);
      continue;
    }
    if (countsOver(observation, current)) {
      setAside.push(current);
      chosen.set(key, observation);
    } else {
      setAside.push(observation);
    }
  }
  return { used: [...chosen.values()], setAside };
}
