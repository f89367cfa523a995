import { setTimeout } from 'node:timers/promises';
import { ordosPlan } from '@plan/indicators';
import { oneValuePerDate, toScoringObservations, trackPlan } from '@plan/observations';
import { ordosProjects, ordosTargets } from '@plan/projects';
import { assessPlan, draftNarrative } from '@plan/scoring';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import {
  IMPORT_IN_PROCESS_MAX_BYTES,
  PLAN_READ_IN_PROCESS_MAX,
  sharedWorkPool,
  TASK_TIMEOUT_MS,
} from './offLoop.js';
import { tasks } from './tasks.js';
import { packTrackedObservations } from './trackedObservations.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

/** `count` distinct days of one indicator for the city, from 2021-01-01. */
const days = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(2021, 0, 1 + index)).toISOString().slice(0, 10),
  );

/** `count` daily figures of one indicator for the city, stored approved. */
const importDaily = (indicatorId: string, count: number, value: (index: number) => number) =>
  t.store.importObservations(
    days(count).map((date, index) => ({
      indicatorId,
      region: 'ordos',
      date,
      year: Number(date.slice(0, 4)),
      period: 'date' as const,
      value: value(index),
      source: 'bulletin',
      note: null,
    })),
    { name: 'test' },
  );

/** The answer of `request`, and whether a work thread was seen running while it was awaited. */
async function watchingThreads<T>(
  request: Promise<T>,
): Promise<{ answer: T; seenOnThread: boolean }> {
  let answered = false;
  const asking = request.then((answer) => {
    answered = true;
    return answer;
  });
  let seenOnThread = false;
  while (!answered) {
    if (sharedWorkPool().running() > 0) seenOnThread = true;
    await setTimeout(1);
  }
  return { answer: await asking, seenOnThread };
}

// Threads load the TypeScript sources through tsx: slow on a busy machine, hence the time allowed.
describe('heavy work off the event loop', { timeout: 120_000 }, () => {
  it('answers /health while a large import is read and checked', async () => {
    const csv = `indicator_id,region,date,value,source\n${days(40_000)
      .map((day) => `regular-exercise-share,ordos,${day},44.1,bulletin`)
      .join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(IMPORT_IN_PROCESS_MAX_BYTES);
    let importDone = false;
    const importing = Promise.resolve(
      t.app.request('/api/v1/observations/import?dryRun=true', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...t.auth('editor') },
        body: csv,
      }),
    ).then((response) => {
      importDone = true;
      return response;
    });
    // Once the file is being read on a work thread, the event loop is free for other requests.
    while (sharedWorkPool().running() === 0 && !importDone) await setTimeout(5);
    expect(importDone).toBe(false);
    const health = await t.app.request('/api/v1/health');
    expect(health.status).toBe(200);
    expect(importDone).toBe(false);
    const response = await importing;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, rows: 40_000, created: 40_000 });
  });

  it('assesses the whole plan over many observations (on a work thread) as in process', async () => {
    await t.store.importObservations(
      days(6_000).map((date, index) => ({
        indicatorId: 'regular-exercise-share',
        region: 'ordos',
        date,
        year: Number(date.slice(0, 4)),
        period: 'date' as const,
        value: 43 + (index % 20) / 10,
        source: 'bulletin',
        note: null,
      })),
      { name: 'test' },
    );
    const response = await t.app.request('/api/v1/assessments?asOf=2030-12-31');
    expect(response.status).toBe(200);
    // Which rule chose the as-of date (asOfRule, asOfExplanation) is the route's, not the task's.
    const { asOfRule, asOfExplanation, ...answer } = (await response.json()) as Record<
      string,
      unknown
    >;
    expect(asOfRule).toBe('given');
    expect(asOfExplanation).toBeNull();
    const stored = await t.store.listObservations({ region: 'ordos', includeIllustrative: false });
    const inProcess = tasks.planAssessment({
      stored,
      method: 'time-progress',
      asOf: '2030-12-31',
      region: 'ordos',
      version: await t.store.dataVersion(),
    });
    // The route adds which figures it used (approved only, here) to the task's body.
    expect('body' in inProcess && JSON.parse(inProcess.body)).toEqual({
      ...answer,
      includeSubmitted: undefined,
      usedSubmitted: undefined,
    });
    expect(answer).toMatchObject({ includeSubmitted: false, usedSubmitted: false });
    expect(answer).toMatchObject({ observationsUsed: expect.any(Number) });
  });

  it('judges another as-of date on the observations the thread checked, and a write on fresh ones', async () => {
    const rows = (dates: string[], value: number) =>
      dates.map((date) => ({
        indicatorId: 'regular-exercise-share',
        region: 'ordos',
        date,
        year: Number(date.slice(0, 4)),
        period: 'date' as const,
        value,
        source: 'bulletin',
        note: null,
      }));
    await t.store.importObservations(rows(days(6_000), 44), { name: 'test' });
    const read = async (asOf: string) => {
      const response = await t.app.request(`/api/v1/assessments?asOf=${asOf}`);
      expect(response.status).toBe(200);
      // Which rule chose the as-of date is the route's, not the task's.
      const {
        asOfRule: _rule,
        asOfExplanation: _explanation,
        ...answer
      } = (await response.json()) as Record<string, unknown>;
      return answer as { observationsUsed: number; dataVersion: number };
    };
    const inProcess = async (asOf: string) => {
      const outcome = tasks.planAssessment({
        stored: await t.store.listObservations({ region: 'ordos', includeIllustrative: false }),
        method: 'time-progress',
        asOf,
        region: 'ordos',
        version: await t.store.dataVersion(),
      });
      return 'body' in outcome ? JSON.parse(outcome.body) : outcome;
    };
    const first = await read('2030-12-31');
    expect(first.observationsUsed).toBe(6_000);
    // A new as-of date: the same answer as judging the stored observations afresh.
    expect(await read('2035-06-30')).toEqual({
      ...(await inProcess('2035-06-30')),
      includeSubmitted: false,
      usedSubmitted: false,
    });
    // A write makes a new data version: the observations are read and checked again.
    await t.store.importObservations(rows(['2040-01-01'], 45), { name: 'test' });
    const after = await read('2036-06-30');
    expect(after.observationsUsed).toBe(6_001);
    expect(after.dataVersion).toBeGreaterThan(first.dataVersion);
    expect(after).toEqual({
      ...(await inProcess('2036-06-30')),
      includeSubmitted: false,
      usedSubmitted: false,
    });
  });

  it('drafts a report narrative over many observations (on a work thread) as in process', async () => {
    await importDaily('regular-exercise-share', 6_000, (index) => 40 + (index % 30) / 10);
    // What the route computed on the event loop before: assessPlan, then draftNarrative.
    const inProcess = async (asOf: string) => {
      const stored = await t.store.listObservations({
        region: 'ordos',
        approval: 'approved',
        includeIllustrative: false,
      });
      const { indicators } = assessPlan(
        ordosPlan,
        toScoringObservations(oneValuePerDate(stored).used),
        { method: 'time-progress', asOf, region: 'ordos' },
      );
      return draftNarrative({
        kind: 'midterm',
        asOf,
        method: 'time-progress',
        indicators: indicators.map(({ name, status, score }) => ({
          name,
          status,
          completion: score,
        })),
      });
    };
    const read = async (language: string) => {
      const response = await t.app.request('/api/v1/reports/midterm/midterm/narrative', {
        headers: { 'accept-language': language },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as {
        asOf: string;
        sections: { section: 'achievements' | 'problems' | 'next_steps'; text: string }[];
      };
    };
    // The draft is judged on a work thread: seen running there while the request waits.
    const { answer: zh, seenOnThread } = await watchingThreads(read('zh-CN'));
    expect(seenOnThread).toBe(true);
    const expected = await inProcess(zh.asOf);
    expect(zh.sections.map((section) => section.text)).toEqual(
      zh.sections.map((section) => expected[section.section].zh),
    );
    const en = await read('en');
    expect(en.sections.map((section) => section.text)).toEqual(
      en.sections.map((section) => expected[section.section].en),
    );
    // The assessment of the same read and day then finds the observations checked on the thread.
    const assessed = await t.app.request(`/api/v1/assessments?asOf=${zh.asOf}`);
    expect(assessed.status).toBe(200);
  });

  it('tracks the plan over many observations on a work thread as in process, and answers the route from there', async () => {
    // Linked to the target T-C2S3-1, so the figures change its tracking.
    await importDaily('preschool-enrolment-rate', 6_000, (index) => 85 + (index % 30) / 10);
    const observations = await t.store.listObservations({
      region: 'ordos',
      approval: 'approved',
      includeIllustrative: false,
    });
    expect(observations.length).toBeGreaterThan(PLAN_READ_IN_PROCESS_MAX);
    const input = {
      plan: ordosPlan,
      projects: ordosProjects,
      targets: ordosTargets,
      observations,
      reports: [],
      responsibilities: [],
      asOf: '2024-06-30',
      cycle: 'year' as const,
    } as Parameters<typeof trackPlan>[0];
    // Packed as the route sends them (only the fields trackPlan reads), moved to the thread.
    const { observations: _sent, ...rest } = input;
    const packed = new TextEncoder().encode(packTrackedObservations(observations));
    const onThread = await sharedWorkPool().run(
      'trackPlan',
      { ...rest, packed },
      TASK_TIMEOUT_MS.trackPlan,
      [packed.buffer as ArrayBuffer],
    );
    expect(onThread).toEqual(trackPlan(input));
    const linked = (tracking: ReturnType<typeof trackPlan>) =>
      tracking.targets.find((target) => target.targetId === 'T-C2S3-1');
    expect(linked(onThread)).not.toEqual(linked(trackPlan({ ...input, observations: [] })));
    // The route's tracking runs there too while the request waits.
    const { answer: targets, seenOnThread } = await watchingThreads(
      Promise.resolve(t.app.request('/api/v1/targets?asOf=2024-06-30')),
    );
    expect(targets.status).toBe(200);
    expect(seenOnThread).toBe(true);
  });
});
