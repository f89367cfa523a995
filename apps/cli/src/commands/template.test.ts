import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ordosPlan } from '@plan/indicators';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { tempWorkspace } from '../_test/runPlan.js';

const workspace = tempWorkspace('template');
afterAll(() => workspace.dispose());
const env = { DATABASE_URL: workspace.databaseUrl };
const CRLF = new Uint8Array([0x0d, 0x0a]);

/** A byte array split at CRLF (never inside a GB18030 character: its bytes are ≥ 0x40 after the first). */
function linesOf(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index < bytes.length - 1; index++) {
    if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
      lines.push(bytes.subarray(start, index));
      start = index + 2;
    }
  }
  return lines;
}

describe('plan template', () => {
  it('writes the XLSX template under its Chinese name by default', async () => {
    const run = await runInProcess(['template', '--json'], { env, cwd: workspace.dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      out: '数据导入模板.xlsx',
      format: 'xlsx',
      rows: 0,
    });
    expect([...readFileSync(join(workspace.dir, '数据导入模板.xlsx')).subarray(0, 2)]).toEqual([
      0x50, 0x4b,
    ]);
  });

  it('a district’s GBK template, filled in one row, imports that row and counts the rest as blank', async () => {
    const out = join(workspace.dir, 'dongsheng.csv');
    const written = await runInProcess(
      ['template', '--format', 'csv-gb18030', '--region', '东胜区', '--out', out],
      { env },
    );
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(
      /^wrote .*dongsheng\.csv: the import template \(csv-gb18030\), \d+ row\(s\) prefilled/,
    );
    const lines = linesOf(new Uint8Array(readFileSync(out)));
    const gbk = new TextDecoder('gb18030');
    expect(gbk.decode(lines[0])).toBe('指标名称,目标编号,地区,年份,日期,数值,来源,备注');
    // Fill in the row of one percentage indicator: its GBK bytes stay, ASCII added at the end.
    const indicator = ordosPlan.indicators.find(
      (candidate) => candidate.id === 'regular-exercise-share',
    );
    const row = lines.findIndex((line) => gbk.decode(line).startsWith(`${indicator?.name.zh},`));
    expect(row).toBeGreaterThan(0);
    const blank = lines.length - 2;
    const filled = lines.map((line, index) =>
      index === row
        ? Buffer.concat([line.subarray(0, line.length - 5), Buffer.from(',2023,,44.1,test,')])
        : line,
    );
    writeFileSync(out, Buffer.concat(filled.flatMap((line) => [line, CRLF])));

    const imported = await runInProcess(['import', out], { env });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`${blank + 1} row(s) checked; created 1 observation(s)`);
    expect(imported.stdout).toContain('encoding: gb18030');
    expect(imported.stdout).toContain(`${blank} blank row(s) skipped`);
    const json = await runInProcess(['import', out, '--json', '--dry-run'], { env });
    expect(JSON.parse(json.stdout)).toMatchObject({
      encoding: 'gb18030',
      blankRows: blank,
      unchanged: 1,
    });
  });

  it('exits 2 naming an unknown region or target, or an --out that is not the format’s', async () => {
    const region = await runInProcess(['template', '--region', '东城区', '--out', 'x.xlsx'], {
      env,
      cwd: workspace.dir,
    });
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('--region: unknown region "东城区"');
    const target = await runInProcess(['template', '--targets', 'T-NOPE-1', '--out', 'x.csv'], {
      env,
      cwd: workspace.dir,
    });
    expect(target.code).toBe(2);
    expect(target.stderr).toContain('--targets: unknown target "T-NOPE-1"');
    const mismatch = await runInProcess(['template', '--format', 'xlsx', '--out', 'x.csv'], {
      env,
    });
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('does not end in .xlsx');
    const format = await runInProcess(['template', '--format', 'pdf'], { env });
    expect(format.code).toBe(2);
  });
});
