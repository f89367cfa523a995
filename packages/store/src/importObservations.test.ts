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
    await expect(store().importObservations(rows, actor)).rejects.toMatchObject({
      messages: { zh: expect.stringMatching(/已录有另一数值，请用 PATCH 更正$/) },
    });
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
    // Several reports, each after a batch, rising to the number of rows, always out of the same total.
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every(([, total]) => total === 1201)).toBe(true);
    const done = progress.map(([count]) => count);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    expect(done.at(-1)).toBe(1201);
    expect(await store().countObservations()).toBe(1201);
  });
});

describeOnEveryStore('import in batches', (store) => {
  const regionRows = (from: number, count: number, value = 44) =>
    Array.from({ length: count }, (_, index) =>
      observation({ region: `region-${from + index}`, value }),
    );
  async function* batches(...lists: ReturnType<typeof regionRows>[]) {
    for (const list of lists) yield list;
  }

  it('writes batches as they come, in one transaction, and gives the counts', async () => {
    await store().importObservations(regionRows(0, 3), actor);
    const outcome = await store().importObservationBatches(
      batches(regionRows(0, 700), regionRows(700, 300)),
      actor,
    );
    expect(outcome).toEqual({ created: 997, unchanged: 3 });
    expect(await store().countObservations()).toBe(1000);
  });

  it('finds a key repeated in a later batch: unchanged if equal, a conflict (nothing written) if not', async () => {
    expect(
      await store().importObservationBatches(batches(regionRows(0, 2), regionRows(1, 2)), actor),
    ).toEqual({ created: 3, unchanged: 1 });
    const before = await store().dataVersion();
    await expect(
      store().importObservationBatches(batches(regionRows(10, 600), regionRows(10, 1, 45)), actor),
    ).rejects.toThrow(/region-10 .*already recorded with another value/);
    expect(await store().countObservations()).toBe(3);
    expect(await store().dataVersion()).toBe(before);
  });

  it('gives the event loop a turn between batches, and a dry run writes nothing', async () => {
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    try {
      const outcome = await store().importObservationBatches(batches(regionRows(0, 2_500)), actor, {
        dryRun: true,
      });
      expect(outcome).toEqual({ created: 2_500, unchanged: 0 });
    } finally {
      clearInterval(tick);
    }
    // Five batches of 500: timers ran between them, not only after the import.
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(await store().countObservations()).toBe(0);
  });
});
