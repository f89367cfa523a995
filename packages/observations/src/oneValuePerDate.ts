import type { Observation } from './schema/observation.js';

/**
 * Scoring needs one value per indicator, region and date, but the store may
 * hold several from different sources (the plan's 2020 value and a bulletin's,
 * or an official and an illustrative one). Official figures win over
 * illustrative ones; among equals the most recently updated wins, then the
 * first source by name, so the choice is the same on every run. The others
 * are returned as set aside, so a reader can see what was not used.
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
    const better =
      current.illustrative !== observation.illustrative
        ? !observation.illustrative
        : observation.updatedAt !== current.updatedAt
          ? observation.updatedAt > current.updatedAt
          : observation.source < current.source;
    if (better) {
      setAside.push(current);
      chosen.set(key, observation);
    } else {
      setAside.push(observation);
    }
  }
  return { used: [...chosen.values()], setAside };
}
