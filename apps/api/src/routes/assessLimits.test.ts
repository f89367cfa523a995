import { assess as assessInProcess } from '@plan/scoring';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import { MAX_PROBLEM_ERRORS } from '../problem.js';
import { ASSESS_BODY_LIMIT, ASSESS_MAX_SERIES } from './assessments.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const post = (body: string) =>
  t.app.request('/api/v1/assess', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...t.auth('viewer') },
    body,
  });
/** `count` points on consecutive days from 2020-01-01, rising. */
const dailySeries = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    date: new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10),
    value: 40 + index / count,
  }));

// A long series is scored on a work thread, which loads the sources through tsx: time allowed for a busy machine.
describe('POST /api/v1/assess limits', { timeout: 120_000 }, () => {
  it('refuses a body over the limit with 413 naming it, before reading it as JSON', async () => {
    const body = `{"method":"time-progress","direction":"increase","series":[${'{"year":2020,"value":1},'.repeat(
      Math.ceil(ASSESS_BODY_LIMIT / 20),
    )}{"year":2021,"value":2}]}`;
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain(
      String(ASSESS_BODY_LIMIT),
    );
  });

  it('refuses a series longer than the limit with 422 naming it', async () => {
    const response = await post(
      JSON.stringify({
        method: 'time-progress',
        direction: 'increase',
        series: Array.from({ length: ASSESS_MAX_SERIES + 1 }, () => ({ year: 2020, value: 1 })),
      }),
    );
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { detail: string };
    expect(problem.detail).toContain(String(ASSESS_MAX_SERIES));
    expect(problem.detail).toContain(String(ASSESS_MAX_SERIES + 1));
  });

  it('lists at most the first problems of a series full of duplicate years, and says how many there were', async () => {
    const input = JSON.stringify({
      method: 'time-progress',
      direction: 'increase',
      series: Array.from({ length: ASSESS_MAX_SERIES }, () => ({ year: 2020, value: 1 })),
      target: { year: 2025, value: 2 },
    });
    const response = await post(input);
    expect(response.status).toBe(400);
    const text = await response.text();
    const problem = JSON.parse(text);
    expect(problem.errors).toHaveLength(MAX_PROBLEM_ERRORS);
    expect(problem.detail).toMatch(/first 100 of \d+ problems/);
    // The answer is far smaller than the question.
    expect(text.length).toBeLessThan(input.length / 5);
  });

  it('scores a long series (on a work thread) as the in-process assess does', async () => {
    const input = {
      method: 'open-sdg',
      direction: 'increase',
      series: dailySeries(2_000),
      target: { year: 2030, value: 45 },
    } as const;
    const response = await post(JSON.stringify(input));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(assessInProcess(input))));
  });

  it('accepts a series of exactly the limit', async () => {
    const response = await post(
      JSON.stringify({
        method: 'time-progress',
        direction: 'increase',
        series: dailySeries(ASSESS_MAX_SERIES),
        target: { year: 2040, value: 45 },
      }),
    );
    expect(response.status).toBe(200);
  });
});
