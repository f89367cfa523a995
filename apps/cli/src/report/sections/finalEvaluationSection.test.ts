import { ordosPlan } from '@plan/indicators';
import { planBaselineObservations } from '@plan/observations';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { runAssessment } from '../../assessment/runAssessment.js';
import { figure, stored } from '../../assessment/testRun.js';
import { buildReport } from '../buildReport.js';
import type { Cell } from '../reportModel.types.js';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { finalEvaluationSection } from './finalEvaluationSection.js';

/** The Ordos plan closed as of 2026-06-30: one figure by the end, one after it (invented test values). */
function closedReport() {
  const observations = [
    ...planBaselineObservations(ordosPlan),
    figure('regular-exercise-share', 2025, 44.1, 'statistics-bureau'),
    figure('student-myopia-rate', 2024, 57.2, 'health-commission'),
    {
      ...figure('student-myopia-rate', 2026, 50, 'health-commission'),
      date: '2026-03-31',
      period: 'date' as const,
    },
  ].map(stored);
  const run = runAssessment(ordosPlan, observations, {
    asOf: '2026-06-30',
    regions: ['ordos'],
    methods: ['time-progress'],
    includeIllustrative: false,
  });
  return buildReport({
    plan: ordosPlan,
    projects: ordosProjects,
    targets: ordosTargets,
    consistency: ordosConsistencyReport,
    run,
    lang: 'zh',
  });
}

const rowOf = (cells: Cell[] | undefined) => cells?.map((cell) => cell.text);

describe('finalEvaluationSection', () => {
  it('is absent as of a date inside the plan period', () => {
    expect(finalEvaluationSection({ report: testReport(), t: reportText('zh') })).toBeUndefined();
  });

  it('judges each indicator at the end date, with what came after the deadline shown apart', () => {
    const section = finalEvaluationSection({ report: closedReport(), t: reportText('zh') });
    expect(section?.heading).toBe('总结评估');
    expect(section?.blocks[0]).toMatchObject({
      text: expect.stringContaining('规划期已于2025-12-31结束'),
    });
    const table = section?.blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('expected a table');
    expect(table.table.rows).toHaveLength(ordosPlan.indicators.length);
    const myopia = table.table.rows.find((row) => row.cells[0]?.text.includes('近视'));
    const texts = rowOf(myopia?.cells);
    // The 2024 figure decides the verdict; the 2026 one is shown apart and changes nothing.
    expect(texts?.[2]).toBe('57.2（2024）');
    expect(texts?.[6]).toMatch(/^50（2026-03-31）/);
    expect(['已实现', '未实现']).toContain(texts?.[3]);
  });
});
