import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { indicatorRows } from './indicatorRows.js';
import { renderAssessmentTable } from './renderAssessmentTable.js';
import { testRun } from './testRun.js';

const render = (includeIllustrative: boolean, lang: 'zh' | 'en') => {
  const run = testRun({ includeIllustrative, methods: ['time-progress'] });
  return renderAssessmentTable(ordosPlan, run, indicatorRows(ordosPlan, run, lang), lang);
};

describe('renderAssessmentTable', () => {
  it('says its data basis first and marks a demo figure and the note on it', () => {
    const text = render(true, 'zh');
    expect(text.split('\n')[2]).toBe(
      '数据口径：含示例数据（† 标记的数值为示例数据，仅供演示，不是官方统计）',
    );
    expect(text).toMatch(/57\.2† \(2022\)/);
    expect(text.trimEnd().endsWith('† 示例数据：仅供演示，不是官方统计。')).toBe(true);
  });

  it('writes English names with their units and rolls up per table and for the plan', () => {
    const text = render(false, 'en');
    expect(text).toContain('Share of people who exercise regularly (%)');
    expect(text).toContain('[time-progress] All indicators — 61 indicators: ');
    expect(text).not.toContain('†');
  });
});
