import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicatorOf, planSummary } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { assessed } from './_fixtures.js';
import { IndicatorHead } from './IndicatorHead.js';

describe('IndicatorHead', () => {
  const observations = sampleObservations();
  const latest = observations.find(
    (item) => item.indicatorId === 'preschool-enrolment-rate' && item.year === 2023,
  );

  it('names the indicator in both languages with the plan’s years and benchmark', () => {
    const item = assessed('preschool-enrolment-rate', observations);
    renderWithProviders(
      <IndicatorHead
        indicator={indicatorOf('preschool-enrolment-rate')}
        plan={planSummary}
        latest={latest}
        current={item}
        timeProgress={item}
        method="time-progress"
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('学前三年入园率');
    expect(screen.getByText('Three-year preschool enrolment rate')).toBeTruthy();
    const terms = [...document.querySelectorAll('dt')].map((term) => term.textContent);
    expect(terms.slice(0, 3)).toEqual(['2020 年基期值', '2025 年目标值', '内蒙古自治区']);
    expect(screen.getByText('94.4 → ≥95.0')).toBeTruthy();
    expect(screen.getByText('示例数据')).toBeTruthy();
  });

  it('shows the expected value the API computed, per part of a split indicator', () => {
    const item = assessed('dual-qualified-teachers-share', observations);
    renderWithProviders(
      <IndicatorHead
        indicator={indicatorOf('dual-qualified-teachers-share')}
        plan={planSummary}
        latest={undefined}
        current={item}
        timeProgress={item}
        method="time-progress"
      />,
    );
    const expected = [...document.querySelectorAll('dt')].find(
      (term) => term.textContent === '应达值',
    );
    expect(expected?.nextElementSibling?.textContent).toMatch(/^中职\u00a0\d.* \/ 高职\u00a0\d/);
    expect(screen.getByText('无数据')).toBeTruthy();
  });
});
