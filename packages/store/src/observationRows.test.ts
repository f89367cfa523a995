import { expect, it } from 'vitest';
import { ConflictError } from './conflictError.js';
import { describeOnEveryStore, newObservation as observation } from './testing/index.js';

const actor = { name: 'tester' };

describeOnEveryStore('observation rows', (store) => {
  it('stores an observation and reads it back at version 1', async () => {
    const stored = await store().createObservation(
      observation({
        value: { parts: { secondary: 59, higher: 52 } },
        indicatorId: 'dual-qualified-teachers-share',
      }),
      actor,
    );
    expect(await store().getObservation(stored.id)).toEqual(stored);
    expect(stored).toMatchObject({
      version: 1,
      illustrative: false,
      createdBy: 'tester',
      value: { parts: { secondary: 59, higher: 52 } },
    });
  });

  it('refuses a second observation with the same indicator, region, date and source', async () => {
    const first = await store().createObservation(observation(), actor);
    await expect(store().createObservation(observation({ value: 45 }), actor)).rejects.toThrow(
      ConflictError,
    );
    expect(await store().listObservations()).toEqual([first]);
  });

  it("refuses a correction onto another observation's indicator, region, date and source, naming it", async () => {
    const official = await store().createObservation(observation({ value: 44 }), actor);
    const other = await store().createObservation(observation({ source: 'api', value: 50 }), actor);
    const refused = await store()
      .updateObservation(other.id, 1, { source: official.source }, actor, null)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ existingId: official.id });
    expect((refused as Error).message).toContain(official.id);
    expect(await store().getObservation(other.id)).toEqual(other);
    expect(await store().history(other.id)).toHaveLength(1);
  });

  it('updates only at the expected version', async () => {
    const stored = await store().createObservation(observation(), actor);
    const updated = await store().updateObservation(
      stored.id,
      1,
      { value: 44.5 },
      { name: 'editor' },
      'typo in the report',
    );
    expect(updated).toMatchObject({
      status: 'ok',
      observation: { value: 44.5, version: 2, updatedBy: 'editor' },
    });
    const stale = await store().updateObservation(stored.id, 1, { value: 99 }, actor, null);
    expect(stale).toMatchObject({ status: 'stale', current: { version: 2, value: 44.5 } });
    expect(await store().updateObservation('missing', 1, { value: 1 }, actor, null)).toEqual({
      status: 'not_found',
    });
  });

  it('lets exactly one of many concurrent writers at the same version win', async () => {
    const stored = await store().createObservation(observation(), actor);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        store().updateObservation(
          stored.id,
          1,
          { value: 50 + index },
          { name: `writer-${index}` },
          null,
        ),
      ),
    );
    const winners = results.filter((result) => result.status === 'ok');
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.status === 'stale')).toHaveLength(11);
    expect(await store().history(stored.id)).toHaveLength(2);
    expect((await store().getObservation(stored.id))?.value).toBe(
      winners[0]?.status === 'ok' ? winners[0].observation.value : undefined,
    );
  });

  it('deletes only at the expected version', async () => {
    const stored = await store().createObservation(observation(), actor);
    expect(await store().deleteObservation(stored.id, 2, actor, null)).toMatchObject({
      status: 'stale',
    });
    expect(await store().deleteObservation(stored.id, 1, actor, 'reported twice')).toMatchObject({
      status: 'ok',
    });
    expect(await store().getObservation(stored.id)).toBeUndefined();
  });

  it('hides illustrative demo data unless asked, and removes it in one call', async () => {
    await store().importObservations(
      [observation(), observation({ source: 'demo', value: 47 })],
      actor,
    );
    expect((await store().listObservations()).map((item) => item.source)).toEqual([
      'statistics-bureau',
    ]);
    const all = await store().listObservations({ includeIllustrative: true });
    expect(all.map((item) => [item.source, item.illustrative])).toEqual([
      ['demo', true],
      ['statistics-bureau', false],
    ]);
    expect(await store().deleteIllustrative(actor)).toBe(1);
    expect(await store().listObservations({ includeIllustrative: true })).toHaveLength(1);
  });

  it('filters by indicator, region, source and date range', async () => {
    await store().importObservations(
      [
        observation(),
        observation({ region: 'dongsheng' }),
        observation({ indicatorId: 'student-myopia-rate', value: 57 }),
        observation({ year: 2021, date: '2021-12-31', value: 43.5 }),
      ],
      actor,
    );
    expect(await store().listObservations({ region: 'dongsheng' })).toHaveLength(1);
    expect(await store().listObservations({ indicatorId: 'student-myopia-rate' })).toHaveLength(1);
    expect(await store().listObservations({ from: '2022-01-01', region: 'ordos' })).toHaveLength(2);
    expect(await store().listObservations({ to: '2021-12-31' })).toHaveLength(1);
    expect(await store().countObservations()).toBe(4);
  });
});
