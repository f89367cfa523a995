import type { NewObservation } from '@plan/observations';

/**
 * Observations of a large import travel from the work thread to the server's
 * thread as parts of UTF-8 JSON in ArrayBuffers, moved (transferred), not copied:
 * a million rows as objects would take a copy of a few hundred MB on each side;
 * packed they are a tenth of that, and the server unpacks one part at a time
 * while it writes the previous one.
 */
export type PackedObservations = { parts: ArrayBuffer[]; count: number };

/** Rows per part: small enough to unpack within a few milliseconds of the event loop. */
export const PACKED_PART_ROWS = 2_000;

/**
 * One observation as a JSON array rather than an object: half the bytes, no
 * field names repeated a million times. The year is not packed: it is the
 * date's (a yearly value is dated 31 December of its year).
 */
type PackedRow = [
  NewObservation['indicatorId'],
  NewObservation['region'],
  NewObservation['date'],
  NewObservation['period'],
  NewObservation['value'],
  NewObservation['source'],
  NewObservation['note'],
];

const packRow = (observation: NewObservation): PackedRow => [
  observation.indicatorId,
  observation.region,
  observation.date,
  observation.period,
  observation.value,
  observation.source,
  observation.note ?? null,
];

const unpackRow = ([indicatorId, region, date, period, value, source, note]: PackedRow) => ({
  indicatorId,
  region,
  date,
  year: Number(date.slice(0, 4)),
  period,
  value,
  source,
  note,
});

/** Collects observations into packed parts as they are read. */
export function createObservationPacker(partRows = PACKED_PART_ROWS) {
  const encoder = new TextEncoder();
  const parts: ArrayBuffer[] = [];
  let pending: PackedRow[] = [];
  let count = 0;
  const flush = () => {
    if (pending.length === 0) return;
    parts.push(encoder.encode(JSON.stringify(pending)).buffer as ArrayBuffer);
    pending = [];
  };
  return {
    add(observation: NewObservation) {
      pending.push(packRow(observation));
      count++;
      if (pending.length >= partRows) flush();
    },
    finish(): PackedObservations {
      flush();
      return { parts, count };
    },
  };
}

/**
 * The observations of packed parts, a part at a time: each part is decoded when
 * it is reached and let go of once decoded (the parts are consumed), so the
 * memory of a large import shrinks as it is written.
 */
export function* unpackObservations(packed: PackedObservations): Generator<NewObservation[]> {
  const decoder = new TextDecoder();
  for (let part = packed.parts.shift(); part !== undefined; part = packed.parts.shift())
    yield (JSON.parse(decoder.decode(part)) as PackedRow[]).map(unpackRow);
}
