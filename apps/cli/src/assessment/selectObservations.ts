import { DEMO_SOURCE, type Observation as StoredObservation } from '@plan/api';

/** An observation as the assessment uses it, with where it came from. */
export type UsedObservation = {
  indicatorId: string;
  region: string;
  /** `2023` for a yearly value, `2023-09-01` for a dated one: how @plan/scoring labels times. */
  time: string;
  /** The day the value stands for: a yearly value stands at 31 December. */
  day: string;
  year?: number;
  date?: string;
  value: StoredObservation['value'];
  source: string;
  /** A demo figure (示例数据), never official. */
  illustrative: boolean;
};

export type SetAside = { observation: UsedObservation; keptSource: string };

/**
 * Picks one value per indicator, region and time from the stored ones, which
 * may come from several sources: an official figure before an illustrative
 * one, then the most recently corrected, then by source name — so the choice
 * is the same on every run. Returns the values kept and those set aside.
 */
export function selectObservations(
  stored: readonly StoredObservation[],
  regions: readonly string[],
): { observations: UsedObservation[]; setAside: SetAside[] } {
  const wanted = new Set(regions);
  const ranked = stored
    .filter((observation) => wanted.has(observation.region))
    .sort(
      (a, b) =>
        Number(a.illustrative) - Number(b.illustrative) ||
        b.updatedAt.localeCompare(a.updatedAt) ||
        a.source.localeCompare(b.source),
    );
  const kept = new Map<string, UsedObservation>();
  const setAside: SetAside[] = [];
  for (const observation of ranked) {
    const used = toUsed(observation);
    const key = `${used.indicatorId}\u0000${used.region}\u0000${used.time}`;
    const first = kept.get(key);
    if (first) setAside.push({ observation: used, keptSource: first.source });
    else kept.set(key, used);
  }
  const observations = [...kept.values()].sort(
    (a, b) =>
      a.indicatorId.localeCompare(b.indicatorId) ||
      a.region.localeCompare(b.region) ||
      a.day.localeCompare(b.day),
  );
  return { observations, setAside };
}

function toUsed(observation: StoredObservation): UsedObservation {
  const yearly = observation.period === 'year';
  return {
    indicatorId: observation.indicatorId,
    region: observation.region,
    time: yearly ? String(observation.year) : observation.date,
    day: observation.date,
    ...(yearly ? { year: observation.year } : { date: observation.date }),
    value: observation.value,
    source: observation.source,
    illustrative: observation.illustrative || observation.source === DEMO_SOURCE,
  };
}
