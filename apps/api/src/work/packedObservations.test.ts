import type { NewObservation } from '@plan/observations';
import { describe, expect, it } from 'vitest';
import { createObservationPacker, unpackObservations } from './packedObservations.js';

const observation = (index: number): NewObservation => ({
  indicatorId: 'regular-exercise-share',
  region: 'ordos',
  date: `${2021 + (index % 5)}-12-31`,
  year: 2021 + (index % 5),
  period: 'year',
  value: index % 3 === 0 ? { ratio: [38, 62] } : 40 + index / 10,
  source: 'bulletin',
  note: index % 2 === 0 ? null : `备注 ${index}`,
});

describe('packed observations', () => {
  it('unpacks what was packed, in order, a part of at most partRows at a time', () => {
    const packer = createObservationPacker(4);
    const sent = Array.from({ length: 10 }, (_, index) => observation(index));
    for (const one of sent) packer.add(one);
    const packed = packer.finish();
    expect(packed.count).toBe(10);
    const parts = [...unpackObservations(packed)];
    expect(parts.map((part) => part.length)).toEqual([4, 4, 2]);
    expect(parts.flat()).toEqual(sent);
    // Consumed: nothing of the packed parts is held once they are read.
    expect(packed.parts).toEqual([]);
  });

  it('packs nothing into no parts', () => {
    const packed = createObservationPacker().finish();
    expect(packed).toEqual({ parts: [], count: 0 });
    expect([...unpackObservations(packed)]).toEqual([]);
  });
});
