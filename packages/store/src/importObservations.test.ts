import { expect, it } from 'vitest';
import { describeOnEveryStore, newObservation as observation } from './testing/index.js';

const actor = { name: 'tester' };

describeOnEveryStore('import', (store) => {
  it('imports all rows in one transaction, and re-importing the same rows adds nothing', async () => {
    const rows = [observation(), observation({ year: 2023, date: '2023-12-31', value: 45 })];
    expect(await store().importObservations(rows, actor)).toMatchObject({
      created: 2,
      unchanged: 0,
    });
    expect(await store().importObservations(rows, actor)).toMatchObject({
      created: 0,
      unchanged: 2,
    });
    expect(await store().countObservations()).toBe(2);
  });

  it('writes nothing when one imported row conflicts with a stored value', async () => {
    await store().createObservation(observation(), actor);
    const before = await store().dataVersion();
    const rows = [observation({ year: 2023, date: '2023-12-31' }), observation({ value: 40 })];
    await expect(store().importObservations(rows, actor)).rejects.toThrow(
      /already recorded with another value/,
    );
    expect(await store().countObservations()).toBe(1);
    expect(await store().dataVersion()).toBe(before);
  });

  it('refuses two rows of one import with the same key and different values', async () => {
    await expect(
      store().importObservations([observation(), observation({ value: 40 })], actor),
    ).rejects.toThrow(/already recorded with another value/);
    expect(await store().countObservations()).toBe(0);
  });

  it('reports a dry run exactly and writes nothing', async () => {
    const rows = [observation(), observation({ region: 'dongsheng' })];
    expect(await store().importObservations(rows, actor, { dryRun: true })).toMatchObject({
      created: 2,
      unchanged: 0,
    });
    expect(await store().countObservations()).toBe(0);
    expect(await store().dataVersion()).toBe(0);
  });

  it('records the reason of the import as the reason each row was created', async () => {
    const [id] = (
      await store().importObservations([observation()], actor, { reason: 'bureau report' })
    ).ids;
    expect(await store().getObservation(id ?? '')).toMatchObject({
      createdReason: 'bureau report',
    });
  });

  it('reports progress in batches, ending at the number of rows written', async () => {
    const rows = Array.from({ length: 1201 }, (_, index) =>
      observation({ region: `region-${index}` }),
    );
    const progress: [number, number][] = [];
    await store().importObservations(rows, actor, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [500, 1201],
      [1000, 1201],
      [1201, 1201],
    ]);
    expect(await store().countObservations()).toBe(1201);
  });
});
