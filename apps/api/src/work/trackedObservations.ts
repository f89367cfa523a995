import type { trackPlan } from '@plan/observations';

type Tracked = Parameters<typeof trackPlan>[0]['observations'][number];
type PackedRow = [
  Tracked['indicatorId'],
  string | null,
  Tracked['region'],
  Tracked['year'],
  Tracked['date'],
  Tracked['period'],
  Tracked['value'],
  Tracked['source'],
  Tracked['illustrative'],
  Tracked['approval'] | null,
];

/**
 * The observations trackPlan reads, as one JSON text of arrays (only the fields
 * it reads, no names repeated): a text crosses to a work thread as one copy,
 * where a list of objects would be cloned object by object on the event loop,
 * longer than trackPlan itself takes.
 */
export function packTrackedObservations(observations: readonly Tracked[]): string {
  return JSON.stringify(
    observations.map(
      (row): PackedRow => [
        row.indicatorId,
        row.targetId ?? null,
        row.region,
        row.year,
        row.date,
        row.period,
        row.value,
        row.source,
        row.illustrative,
        row.approval ?? null,
      ],
    ),
  );
}

/** The observations packTrackedObservations packed. */
export function unpackTrackedObservations(text: string): Tracked[] {
  return (JSON.parse(text) as PackedRow[]).map(
    ([
      indicatorId,
      targetId,
      region,
      year,
      date,
      period,
      value,
      source,
      illustrative,
      approval,
    ]) => ({
      indicatorId,
      targetId,
      region,
      year,
      date,
      period,
      value,
      source,
      illustrative,
      ...(approval === null ? {} : { approval }),
    }),
  );
}
