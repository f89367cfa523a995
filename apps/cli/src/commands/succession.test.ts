import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ordosPlan } from '@plan/indicators';
import { fixturePlanFile } from '@plan/plans/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { tempWorkspace } from '../_test/runPlan.js';

/**
 * The fixture plan (invented figures) as a successor of the Ordos plan for the same region:
 * its subject region renamed to Ordos's id and its myopia baseline left blank (`—`).
 */
const successor = JSON.parse(
  JSON.stringify(fixturePlanFile)
    .replaceAll('"fixture-city"', `"${ordosPlan.subjectRegion}"`)
    .replace('"baseline":"54.0"', '"baseline":"—"'),
);
const workspace = tempWorkspace('succession');
const env = { DATABASE_URL: workspace.databaseUrl };
const at = (name: string) => join(workspace.dir, name);
const plan = (args: string[]) => runInProcess(args, { env, cwd: workspace.dir });

beforeAll(async () => {
  writeFileSync(at('successor.json'), JSON.stringify(successor));
  writeFileSync(
    at('ordos.csv'),
    [
      'indicator_id,region,year,value,source',
      'student-myopia-rate,ordos,2024,56.1,bulletin',
      'student-myopia-rate,ordos,2025,55.4,bulletin',
    ].join('\n'),
  );
  expect((await plan(['plans', 'add', at('successor.json')])).code).toBe(0);
  expect((await plan(['import', at('ordos.csv')])).code).toBe(0);
});
afterAll(() => workspace.dispose());

describe('a successor plan in the CLI', () => {
  it("assesses from the predecessor's final value where it prints no baseline", async () => {
    const run = await plan(['assess', '--as-of', '2027-12-31', '--plan', successor.id, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const [assessment] = JSON.parse(run.stdout).assessments;
    const myopia = assessment.indicators.find(
      (item: { indicatorId: string }) => item.indicatorId === 'fixture-myopia-rate',
    );
    expect(myopia.quantities[0].baseline).toMatchObject({ time: '2025', value: 55.4 });
  });
});
