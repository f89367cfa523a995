import type { Observation, Region } from '../../api/types.js';

/** The submitted figures of one district and year: what a reviewer approves together. */
export type SubmissionGroup = { region: string; year: number; items: Observation[] };

/**
 * Groups submitted figures by district and year, districts in the plan's order (an
 * unknown region last, by id) and years oldest first; each group's figures by
 * indicator, then date. Pure: the reviewer's page only lays the groups out.
 */
export function groupSubmissions(
  observations: readonly Observation[],
  regions: readonly Pick<Region, 'id'>[],
): SubmissionGroup[] {
  const order = (id: string) => {
    const index = regions.findIndex((region) => region.id === id);
    return index === -1 ? regions.length : index;
  };
  const groups = new Map<string, SubmissionGroup>();
  for (const observation of observations) {
    const key = `${observation.region}\u0000${observation.year}`;
    const group = groups.get(key) ?? {
      region: observation.region,
      year: observation.year,
      items: [],
    };
    group.items.push(observation);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({
      ...group,
      items: [...group.items].sort(
        (a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.date.localeCompare(b.date),
      ),
    }))
    .sort(
      (a, b) =>
        order(a.region) - order(b.region) || a.region.localeCompare(b.region) || a.year - b.year,
    );
}
