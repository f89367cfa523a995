import { writeFileSync } from 'node:fs';
import { databaseTargetFrom, openStore } from '@plan/api';
import { ordosPlan } from '@plan/indicators';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import { runAssessment } from './assessment/runAssessment.js';
import { buildReport } from './report/buildReport.js';
import { renderHtml } from './report/renderHtml.js';

const store = await openStore(databaseTargetFrom('sqlite:/tmp/e.sqlite'));
const stored = await store.listObservations({ includeIllustrative: true });
await store.close();
const run = runAssessment(ordosPlan, stored, {
  asOf: '2023-12-31',
  regions: ['ordos'],
  methods: ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'],
  includeIllustrative: true,
});
for (const lang of ['zh', 'en'] as const) {
  const report = buildReport({
    plan: ordosPlan,
    projects: ordosProjects,
    targets: ordosTargets,
    consistency: ordosConsistencyReport,
    run,
    lang,
  });
  writeFileSync(`/tmp/report-${lang}.html`, renderHtml(report));
}
