import { indicatorById } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { indicatorName } from './indicatorName.js';

describe('indicatorName', () => {
  const indicator = indicatorById('regular-exercise-share');

  it('is the cell as the plan prints it in Chinese', () => {
    expect(indicatorName(indicator, 'zh')).toBe(indicator.printed);
  });

  it('is our English name with the unit in English', () => {
    expect(indicatorName(indicator, 'en')).toBe('Share of people who exercise regularly (%)');
  });
});
