import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliRoot } from '../_test/runPlan.js';
import { renderSampleReport } from './sampleReport.js';

const docs = join(cliRoot, '..', '..', 'docs');
let rendered: { html: string; md: string };

beforeAll(async () => {
  rendered = await renderSampleReport();
});

describe('the sample report in docs/', () => {
  it.each([
    ['html', 'sample-report.html'],
    ['md', 'sample-report.md'],
  ] as const)(
    'is what the report renders today (%s; regenerate with pnpm --filter @plan/cli sample-report)',
    (format, name) => {
      const expected = readFileSync(join(docs, name), 'utf8').split('\n');
      const actual = rendered[format].split('\n');
      // The first line that differs, not a diff of a whole file.
      const at = actual.findIndex((line, index) => line !== expected[index]);
      const first = at === -1 ? actual.length : at;
      expect(`line ${first + 1}: ${actual[first] ?? '(end)'}`).toBe(
        `line ${first + 1}: ${expected[first] ?? '(end)'}`,
      );
      expect(actual.length).toBe(expected.length);
    },
  );

  it.each(['html', 'md'] as const)(
    'says in its title and first lines that it rests on illustrative demo data (%s)',
    (format) => {
      const text = rendered[format];
      // Before the first section: the title, the meta lines and the banner.
      const top = text.slice(0, text.search(/<section|\n## /));
      expect(top).toContain('中期评估报告（含示例数据）');
      expect(top).toContain('示例数据：本报告含示例数据（来源“demo”）');
      expect(top).toContain('不是官方统计');
      expect(text).toContain('评估截至 2023-12-31');
    },
  );
});
