import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ordosPlanInput } from '@plan/indicators';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { fixturesDir, runPlan, tempWorkspace } from '../_test/runPlan.js';

// The first tests run `plan` as a real process; the smaller cases go through runCli in this
// process (runInProcess), which is all main.ts does with the real process's streams.
const fixture = (name: string) => join(fixturesDir, name);
const workspace = tempWorkspace('validate');
afterAll(() => workspace.dispose());

describe('plan validate', () => {
  it('accepts a valid plan of another city and says what it holds', async () => {
    const run = await runPlan(['validate', fixture('plan-baotou.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('a valid plan — baotou-education-2021-2025');
    expect(run.stdout).toContain('1 table(s), 2 indicator(s), 2 region(s)');
  });

  it('accepts the whole Ordos plan written out as JSON, with a stable --json summary', async () => {
    const file = join(workspace.dir, 'ordos.json');
    writeFileSync(file, JSON.stringify(ordosPlanInput, null, 2));
    const run = await runInProcess(['validate', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      file,
      plan: {
        id: 'ordos-education-sports-2021-2025',
        title: ordosPlanInput.title,
        period: { start: 2021, end: 2025 },
        tables: 3,
        indicators: 61,
        regions: 11,
      },
      issues: [],
    });
  });

  it('names the path and the problem of an impossible value, and exits 1', async () => {
    const run = await runPlan(['validate', fixture('plan-bad-percentage.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '- tables.0.indicators.0.values.subject.target: "140" is above 100: not a possible percentage',
    );
    expect(run.stdout).toBe('');
  });

  it('names a missing field', async () => {
    const run = await runInProcess(['validate', fixture('plan-bad-missing-title.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/- title\.en: .*expected string/);
  });

  it('lists every broken reference at once, also as JSON issues', async () => {
    const run = await runInProcess(['validate', fixture('plan-bad-references.json'), '--json']);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ ok: false, exitCode: 1, error: { kind: 'invalid_data' } });
    expect(output.error.issues).toEqual([
      { path: 'subjectRegion', message: 'unknown region "hohhot": not in regions' },
      {
        path: 'tables.0.indicators.1.id',
        message: 'duplicate indicator id "preschool-enrolment-rate"',
      },
      {
        path: 'tables.0.indicators.1.categoryPath',
        message: 'no category path "quality" in table "education"',
      },
    ]);
  });

  it('says where a JSON syntax error is', async () => {
    const file = join(workspace.dir, 'broken.json');
    writeFileSync(file, '{\n  "id": "broken",\n  "title": { "zh": "坏", }\n}\n');
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is not valid JSON: .* at line 3, column \d+/);
  });

  it('exits 3 for a file that does not exist and 2 without a file', async () => {
    const missing = await runPlan(['validate', join(workspace.dir, 'nope.json')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('no such file or directory');
    const none = await runPlan(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing the plan file');
  });
});
