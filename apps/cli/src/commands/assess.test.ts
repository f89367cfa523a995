import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { runPlan, tempWorkspace } from '../_test/runPlan.js';
import { seedDatabase } from '../_test/seedDatabase.js';

// The first tests run `plan` as a real process; the smaller cases go through runCli in this
// process (runInProcess), which is all main.ts does with the real process's streams.
const workspace = tempWorkspace('assess');
const env = { DATABASE_URL: workspace.databaseUrl };
beforeAll(() => seedDatabase(workspace.databaseUrl, { demo: true }));
afterAll(() => workspace.dispose());

describe('plan assess', () => {
  it('uses official figures only by default, and says so', async () => {
    const run = await runPlan(['assess', '--as-of', '2023-12-31'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('评估截至 2023-12-31 · 时序进度法（time-progress）');
    expect(run.stdout).toContain('数据口径：仅官方数据（不含示例数据）');
    expect(run.stdout).not.toContain('†');
    const exercise = run.stdout
      .split('\n')
      .find((line) => line.startsWith('经常参加体育锻炼人数比例'));
    // 43 (2020) → 44.1 (2023) of the way to 45: 55% against 60% of the time: broadly on schedule.
    expect(exercise).toMatch(/43\s+44\.1 \(2023\)\s+45\s+55%\s+60%\s+基本符合预期/);
    expect(run.stdout).toMatch(/\[time-progress\] 全部指标 — 61项: .*无数据 59/);
  });

  it('includes illustrative figures when asked, marks each one, and rolls up by table', async () => {
    const run = await runInProcess(
      ['assess', '--as-of', '2023-12-31', '--include-illustrative', '--lang', 'en'],
      { env },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Data: includes illustrative demo figures (示例数据; marked †)');
    expect(run.stdout).toMatch(
      /Nine-year compulsory education retention rate \(%\)\s+96\.5\s+[\d.]+† \(2023\)/,
    );
    expect(run.stdout).toMatch(
      /\[time-progress\] Ordos education development: .* — 17 indicators: /,
    );
    expect(run.stdout).toContain(
      '† illustrative demo figure (示例数据), not an official statistic.',
    );
  });

  it('gives every method, region and source as stable JSON; an official figure wins over a demo one', async () => {
    const run = await runPlan(
      [
        'assess',
        '--as-of',
        '2023-12-31',
        '--method',
        'all',
        '--region',
        'ordos,dongsheng',
        '--include-illustrative',
        '--json',
      ],
      { env },
    );
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({
      ok: true,
      asOf: '2023-12-31',
      regions: ['ordos', 'dongsheng'],
      includeIllustrative: true,
      methods: ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'],
    });
    expect(output.assessments).toHaveLength(5);
    for (const assessment of output.assessments) {
      expect(assessment.indicators).toHaveLength(122);
      expect(assessment.rollUps.regions.map((group: { id: string }) => group.id)).toEqual([
        'ordos',
        'dongsheng',
      ]);
    }
    const exercise = output.provenance.find(
      (entry: { indicatorId: string; region: string }) =>
        entry.indicatorId === 'regular-exercise-share' && entry.region === 'ordos',
    );
    expect(exercise.latest).toMatchObject({
      time: '2023',
      value: 44.1,
      source: 'statistics-bureau',
    });
    expect(exercise.illustrative).toBe(true);
    expect(exercise.sources).toEqual(['demo', 'statistics-bureau']);
  });

  it('writes CSV with one row per indicator and a byte-order mark for Excel', async () => {
    const run = await runInProcess(['assess', '--as-of', '2023-12-31', '--format', 'csv'], { env });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFmethod,region,table,indicator_id,indicator_zh,indicator_en,unit,baseline,target,latest,latest_time,latest_source,illustrative,completion_progress,time_progress,status,label_zh,label_en,score',
    );
    expect(lines).toHaveLength(62);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^time-progress,ordos,sports,regular-exercise-share,经常参加体育锻炼人数比例（%）,.*,43,45,44\.1,2023,statistics-bureau,false,0\.55,0\.5996\d*,on_track,基本符合预期,Broadly on schedule,0\.55$/,
      ),
    );
  });

  it('refuses a missing or impossible date and an unknown method with exit 2', async () => {
    const missing = await runInProcess(['assess'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--as-of: is required');
    const wrong = await runInProcess(['assess', '--as-of', '2023-02-30', '--method', 'magic'], {
      env,
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--as-of: not a real calendar date');
    expect(wrong.stderr).toContain('--method: unknown method "magic"');
  });
});
