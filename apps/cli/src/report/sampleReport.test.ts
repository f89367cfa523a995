import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRoot } from '../_test/runPlan.js';

const docs = join(cliRoot, '..', '..', 'docs');

describe('the sample report in docs/', () => {
  it.each(['sample-report.html', 'sample-report.md'])(
    '%s says in its title and first lines that it rests on illustrative demo data',
    (name) => {
      const text = readFileSync(join(docs, name), 'utf8');
      // Before the first section: the title, the meta lines and the banner.
      const top = text.slice(0, text.search(/<section|\n## /));
      expect(top).toContain('中期评估报告（含示例数据）');
      expect(top).toContain('示例数据：本报告含示例数据（来源“demo”）');
      expect(top).toContain('不是官方统计');
      expect(text).toContain('评估截至 2023-12-31');
    },
  );
});
