// Regenerates docs/sample-report.html and docs/sample-report.md: the mid-term evaluation
// report as of 2023-12-31 from the plan's 2020 values and the illustrative demo figures
// (示例数据) — never official data, and the report says so. src/report/sampleReport.test.ts
// renders the same in memory and fails when these files are stale.
//
//   pnpm --filter @plan/cli sample-report
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSampleReport } from '../src/report/sampleReport.js';

const docs = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..'), 'docs');
const { html, md } = await renderSampleReport();
mkdirSync(docs, { recursive: true });
for (const [name, content] of [
  ['sample-report.html', html],
  ['sample-report.md', md],
] as const) {
  writeFileSync(join(docs, name), content);
  process.stdout.write(`wrote docs/${name}\n`);
}
