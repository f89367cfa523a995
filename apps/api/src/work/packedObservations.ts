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

/** Collects observations into packed parts as they are read. */
export function createObservationPacker(partRows = PACKED_PART_ROWS) {
  const encoder = new TextEncoder();
  const parts: ArrayBuffer[] = [];
  let pending: NewObservation[] = [];
  let count = 0;
  const flush = () => {
    if (pending.length === 0) return;
    parts.push(encoder.encode(JSON.stringify(pending)).buffer as ArrayBuffer);
    pending = [];
  };
  return {
    add(observation: NewObservation) {
      pending.push(observation);
      count++;
      if (pending.length >= partRows) flush();
    },
    finish(): PackedObservations {
      flush();
      return { parts, count };
    },
  };
}

/** The observations of packed parts, a part at a time (each part is decoded when it is reached). */
export function* unpackObservations(packed: PackedObservations): Generator<NewObservation[]> {
  const decoder = new TextDecoder();
  for (const part of packed.parts) yield JSON.parse(decoder.decode(part)) as NewObservation[];
}
