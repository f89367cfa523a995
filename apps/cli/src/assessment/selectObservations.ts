import {
  DEMO_SOURCE,
  oneValuePerDate,
  type Observation as StoredObservation,
} from '@plan/observations';
import { approvalOf } from './byApproval.js';

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
  /** Submitted by a district and not yet approved by the city (used only when asked for). */
  submitted: boolean;
};

export type SetAside = { observation: UsedObservation; keptSource: string };

/**
 * Picks one value per indicator, region and date from the stored ones, which
 * may come from several sources, by the API's rule (oneValuePerDate: official
 * before illustrative, then the most recently corrected, then by source name),
 * so the report and the viewer use the same figures. Returns the values kept
 * and those set aside.
 */
export function selectObservations(
  stored: readonly StoredObservation[],
  regions: readonly string[],
): { observations: UsedObservation[]; setAside: SetAside[] } {
  const wanted = new Set(regions);
  const { used, setAside } = oneValuePerDate(
    stored.filter((observation) => wanted.has(observation.region)),
  );
  const keyOf = (observation: StoredObservation) =>
    `${observation.indicatorId}\u0000${observation.region}\u0000${observation.date}`;
  const keptSource = new Map(used.map((observation) => [keyOf(observation), observation.source]));
  const observations = used
    .map(toUsed)
    .sort(
      (a, b) =>
        a.indicatorId.localeCompare(b.indicatorId) ||
        a.region.localeCompare(b.region) ||
        a.day.localeCompare(b.day),
    );
  return {
    observations,
    setAside: setAside.map((observation) => ({
      observation: toUsed(observation),
      keptSource: keptSource.get(keyOf(observation)) ?? '',
    })),
  };
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
    submitted: approvalOf(observation) === 'submitted',
  };
}

/** An observation as @plan/scoring reads it: a yearly value by its year, another by its date. */
export function toScoringObservation(observation: UsedObservation) {
  return {
    indicatorId: observation.indicatorId,
    region: observation.region,
    ...(observation.year !== undefined ? { year: observation.year } : { date: observation.day }),
    value: observation.value,
    source: observation.source,
  };
}
