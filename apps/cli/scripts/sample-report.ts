// Regenerates docs/sample-report.html, .md and .docx: the mid-term evaluation
// report as of 2023-12-31 from the plan's 2020 values and the illustrative demo figures
// (示例数据) — never official data, and the report says so. src/report/sampleReport.test.ts
// renders the same in memory and fails when these files are stale.
//
//   pnpm --filter @plan/cli sample-report
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawCharts } from '../src/report/docx/drawCharts.js';
import { renderDocx } from '../src/report/docx/renderDocx.js';
import { renderSampleReport } from '../src/report/sampleReport.js';

const docs = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..'), 'docs');
const { html, md, model } = await renderSampleReport();
// The Word version (charts drawn by Chromium). Not checked for staleness: Word files carry their
// creation time; its text follows the same model as the HTML.
const docx = await renderDocx(model, { rasterise: drawCharts });
mkdirSync(docs, { recursive: true });
for (const [name, content] of [
  ['sample-report.html', html],
  ['sample-report.md', md],
  ['sample-report.docx', docx],
] as const) {
  writeFileSync(join(docs, name), content);
  process.stdout.write(`wrote docs/${name}\n`);
}
