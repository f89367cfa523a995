import { expect, it } from 'vitest';
import { describeOnEveryStore, newObservation } from '../testing/index.js';

const writer = { id: 'token-unit', name: 'unit' };

describeOnEveryStore('target figures', (store) => {
  it('stores a target’s own figure under its id, read back with targetId; an indicator’s has none', async () => {
    const figure = await store().createObservation(
      newObservation({
        indicatorId: 'T-P08-M2-1',
        targetId: 'T-P08-M2-1',
        region: 'ordos',
        value: 41,
      }),
      writer,
    );
    expect(figure).toMatchObject({ indicatorId: 'T-P08-M2-1', targetId: 'T-P08-M2-1', value: 41 });
    const indicator = await store().createObservation(newObservation(), writer);
    expect(indicator.targetId).toBeNull();
    expect(
      (await store().listObservations({ indicatorId: 'T-P08-M2-1' })).map((row) => row.targetId),
    ).toEqual(['T-P08-M2-1']);
    // Its history says the same, in every step.
    const updated = await store().updateObservation(figure.id, 1, { value: 45 }, writer, null);
    expect(updated).toMatchObject({ status: 'ok', observation: { targetId: 'T-P08-M2-1' } });
    const history = await store().history(figure.id);
    expect(history.map((step) => [step.action, step.new?.targetId])).toEqual([
      ['create', 'T-P08-M2-1'],
      ['update', 'T-P08-M2-1'],
    ]);
  });
});
