import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

// biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = any;

const get = async (path: string) => {
  const response = await t.app.request(path);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Json,
  };
};

describe('project resources', () => {
  it('lists the 20 projects of 附表1 in order, each with its measures', async () => {
    const { body } = await get('/api/v1/projects');
    expect(body.items.map((project: { number: number }) => project.number)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(body.items[0].name.zh).toBe('铸牢中华民族共同体意识教育工程');
    for (const project of body.items) expect(project.measures.length).toBeGreaterThan(0);
  });

  it('gives one project with the targets of its box, and 404 for a number the plan lacks', async () => {
    const { body } = await get('/api/v1/projects/8');
    expect(body.project.measures[0].id).toBe('P08-M1');
    for (const target of body.targets)
      expect(body.project.measures.flatMap((m: { targetIds: string[] }) => m.targetIds)).toContain(
        target.id,
      );
    const missing = await get('/api/v1/projects/21');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
  });

  it('finds a measure by id and refuses a malformed id with 400', async () => {
    expect((await get('/api/v1/measures/P07-M1')).body.id).toBe('P07-M1');
    expect((await get('/api/v1/measures/seven')).status).toBe(400);
  });

  it('filters targets by indicator and year, and refuses an unknown indicator', async () => {
    const linked = await get('/api/v1/targets?indicatorId=inclusive-kindergarten-coverage');
    expect(linked.body.items.length).toBeGreaterThan(0);
    for (const target of linked.body.items)
      expect(target.indicatorId).toBe('inclusive-kindergarten-coverage');
    const due = await get('/api/v1/targets?year=2023');
    for (const target of due.body.items) expect(target.deadline.year).toBe(2023);
    expect((await get('/api/v1/targets?indicatorId=nope')).status).toBe(400);
  });

  it('serves the consistency report, each finding with at least two readings', async () => {
    const { body } = await get('/api/v1/consistency');
    const findings = body.findings ?? body.items;
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const finding of findings) expect(finding.readings.length).toBeGreaterThanOrEqual(2);
  });
});
