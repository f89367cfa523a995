import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import type { QuantityAssessment } from '../schema/indicatorAssessment.js';
import { explainIndicator } from './explainIndicator.js';

const quantity = (result: QuantityAssessment['result'], part: string | null = null) =>
  ({
    part,
    partLabel: part ? { zh: part, en: part } : null,
    direction: 'increase',
    baseline: null,
    target: null,
    latest: null,
    result,
    benchmark: null,
  }) as QuantityAssessment;

const scored = (latest: number) =>
  assess({
    method: 'open-sdg',
    direction: 'increase',
    series: [
      { year: 2020, value: 50 },
      { year: 2023, value: latest },
    ],
    target: { year: 2025, value: 60 },
  });

describe('explainIndicator', () => {
  it('takes one quantity’s result as it is, naming the share scored for a ratio', () => {
    const result = scored(55);
    const verdict = explainIndicator('open-sdg', [quantity(result)], {
      zh: '中职占比',
      en: 'The vocational share',
    });
    expect(verdict.status).toBe(result.status);
    expect(verdict.score).toBe(result.score);
    expect(verdict.label).toEqual(result.label);
    expect(verdict.explanation.en.startsWith('Scored on the vocational share: ')).toBe(true);
    expect(verdict.combination).toBeNull();
  });

  it('reports a quantity without a result as missing, never as zero', () => {
    const verdict = explainIndicator('open-sdg', [quantity(null)], null);
    expect(verdict).toMatchObject({ status: 'not_available', score: null, missing: true });
  });

  it('averages the unrounded part scores for open-sdg, and explains each part', () => {
    const parts = [quantity(scored(55), 'secondary'), quantity(scored(53), 'higher')];
    const verdict = explainIndicator('open-sdg', parts, null);
    expect(verdict.combination).toEqual({ rule: 'mean_score', assessed: 2 });
    expect(verdict.exactScore).toBeCloseTo(
      ((parts[0]?.result?.score as number) + (parts[1]?.result?.score as number)) / 2,
      3,
    );
    expect(verdict.explanation.en).toContain('secondary: ');
    expect(verdict.explanation.en).toContain('The parts’ scores are averaged');
  });

  it('is achieved only when every part is', () => {
    const verdict = explainIndicator(
      'open-sdg',
      [quantity(scored(61), 'secondary'), quantity(scored(55), 'higher')],
      null,
    );
    expect(verdict.achieved).toBe(false);
    expect(verdict.status).not.toBe('target_achieved');
  });
});
