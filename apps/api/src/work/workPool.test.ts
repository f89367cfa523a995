import { ordosPlan } from '@plan/indicators';
import type { Observation } from '@plan/observations';
import { type AssessInput, assess } from '@plan/scoring';
import { afterAll, describe, expect, it } from 'vitest';
import { ProblemError } from '../problem.js';
import { unpackObservations } from './packedObservations.js';
import { tasks } from './tasks.js';
import { createWorkPool } from './workPool.js';

const pool = createWorkPool({ size: 1 });
afterAll(() => pool.close());

const input: AssessInput = {
  method: 'time-progress',
  direction: 'increase',
  series: [
    { year: 2020, value: 43 },
    { year: 2023, value: 44.5 },
  ],
  target: { year: 2025, value: 45 },
};

const csv = (rows: number) =>
  new TextEncoder().encode(
    `indicator_id,region,date,value\n${Array.from(
      { length: rows },
      (_, index) =>
        `regular-exercise-share,ordos,${new Date(Date.UTC(2021, 0, 1 + index)).toISOString().slice(0, 10)},44.1`,
    ).join('\n')}\n`,
  );

// Threads load the TypeScript sources through tsx: slow on a busy machine, hence the time allowed.
describe('createWorkPool', { timeout: 120_000 }, () => {
  it('runs a task on a thread and gives what the task gives in process', async () => {
    expect(await pool.run('assess', input, 60_000)).toEqual({ result: assess(input) });
  });

  it('reads and checks import rows on a thread', async () => {
    const read = await pool.run(
      'readRows',
      { plan: ordosPlan, body: csv(3), format: 'csv', source: 'test' },
      60_000,
    );
    expect(read.problems).toEqual([]);
    expect(read.packed.count).toBe(3);
    expect([...unpackObservations(read.packed)].flat()).toHaveLength(3);
  });

  it('gives a long list of rows back whole and in order (packed parts, moved not copied)', async () => {
    const body = csv(45_000);
    const read = await pool.run(
      'readRows',
      { plan: ordosPlan, body, format: 'csv', source: 'test' },
      120_000,
      [body.buffer as ArrayBuffer],
    );
    // The file was moved to the thread: nothing of it is left here.
    expect(body.byteLength).toBe(0);
    expect(read.problems).toEqual([]);
    expect(read.rowCount).toBe(45_000);
    const observations = [...unpackObservations(read.packed)].flat();
    expect(observations).toHaveLength(45_000);
    expect(observations.map((observation) => observation.date).slice(0, 2)).toEqual([
      '2021-01-01',
      '2021-01-02',
    ]);
    expect(observations[44_999]?.date).toBe(
      new Date(Date.UTC(2021, 0, 45_000)).toISOString().slice(0, 10),
    );
  });

  it('stops a task that runs past its time with a 503 problem, and keeps serving', async () => {
    const late = pool.run(
      'readRows',
      { plan: ordosPlan, body: csv(50_000), format: 'csv', source: 'test' },
      1,
    );
    await expect(late).rejects.toBeInstanceOf(ProblemError);
    await expect(late).rejects.toMatchObject({ status: 503 });
    expect(await pool.run('assess', input, 60_000)).toEqual({ result: assess(input) });
  });

  it('answers 503 when a thread dies, and starts a new one for the next task', async () => {
    const starved = createWorkPool({ size: 1, maxHeapMb: 8 });
    try {
      const dying = starved.run(
        'readRows',
        { plan: ordosPlan, body: csv(400_000), format: 'csv', source: 'test' },
        120_000,
      );
      await expect(dying).rejects.toMatchObject({ status: 503 });
    } finally {
      await starved.close();
    }
    expect(await pool.run('assess', input, 60_000)).toEqual({ result: assess(input) });
  });

  it('refuses work beyond its queue with a 503 problem', async () => {
    const small = createWorkPool({ size: 1, maxQueue: 0 });
    small.warm();
    expect(small.running()).toBe(0);
    try {
      const first = small.run('assess', input, 60_000);
      await expect(small.run('assess', input, 60_000)).rejects.toMatchObject({ status: 503 });
      expect(await first).toEqual({ result: assess(input) });
    } finally {
      await small.close();
    }
  });

  it('runs tasks of one affinity on one thread, which keeps the checked observations between them', async () => {
    const two = createWorkPool({ size: 2 });
    try {
      const stored = [2020, 2021, 2022, 2023].map(
        (year): Observation => ({
          id: String(year),
          indicatorId: 'regular-exercise-share',
          targetId: null,
          region: 'ordos',
          year,
          date: `${year}-12-31`,
          period: 'year',
          value: 43 + (year - 2020) / 2,
          source: 'bulletin',
          illustrative: false,
          note: null,
          createdReason: null,
          version: 1,
          createdAt: '2024-01-01T00:00:00Z',
          createdBy: 'test',
          updatedAt: '2024-01-01T00:00:00Z',
          updatedBy: 'test',
          approval: 'approved',
          approvalReason: null,
          reviewedBy: null,
          reviewedAt: null,
        }),
      );
      const ask = (cacheKey: string, asOf: string, withStored: boolean) =>
        two.run(
          'planAssessment',
          {
            ...(withStored ? { stored } : {}),
            cacheKey,
            method: 'time-progress',
            asOf,
            region: 'ordos',
            version: 1,
          },
          60_000,
          [],
          cacheKey,
        );
      for (const key of ['plan-a|ordos|1', 'plan-b|ordos|1', 'plan-c|ordos|1']) {
        const first = await ask(key, '2024-03-31', true);
        expect(first).toHaveProperty('body');
        // Without the observations: the same thread has them, checked, for any as-of date.
        const later = await ask(key, '2024-09-30', false);
        expect(later).toEqual(
          tasks.planAssessment({
            stored,
            method: 'time-progress',
            asOf: '2024-09-30',
            region: 'ordos',
            version: 1,
          }),
        );
      }
      // A key no thread keeps: the task asks for the observations.
      expect(await ask('plan-a|ordos|2', '2024-03-31', false)).toEqual({ uncached: true });
    } finally {
      await two.close();
    }
  });
});
