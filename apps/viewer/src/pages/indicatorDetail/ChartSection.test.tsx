import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartInput } from '../../charts/chartOption.js';
import { indicatorOf, planSummary } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { ChartSection } from './ChartSection.js';

// ECharts draws in a real browser (the end-to-end tests); here the chart shows what it was given.
vi.mock('../../charts/IndicatorChart.js', () => ({
  default: ({ input, label }: { input: ChartInput; label: string }) => (
    <pre data-testid="chart-input" data-label={label}>
      {JSON.stringify(input)}
    </pre>
  ),
}));

describe('ChartSection', () => {
  const observations = sampleObservations().filter(
    (item) => item.indicatorId === 'preschool-enrolment-rate',
  );

  it('labels the chart with the plan’s target year and benchmark region', async () => {
    renderWithProviders(
      <ChartSection
        indicator={indicatorOf('preschool-enrolment-rate')}
        plan={planSummary}
        observations={observations}
        timeProgress={undefined}
        asOf="2024-06-30"
      />,
    );
    const chart = await screen.findByTestId('chart-input');
    expect(chart.getAttribute('data-label')).toBe(
      '从基期值到目标值的直线路径、观测值、至 2025 年的趋势外推及内蒙古自治区数值',
    );
    const input = JSON.parse(chart.textContent ?? '') as ChartInput;
    expect(input.labels.benchmark).toBe('内蒙古自治区');
  });

  it('explains the illustrative marks when demo figures are drawn', async () => {
    renderWithProviders(
      <ChartSection
        indicator={indicatorOf('preschool-enrolment-rate')}
        plan={planSummary}
        observations={observations}
        timeProgress={undefined}
        asOf="2024-06-30"
      />,
    );
    await screen.findByTestId('chart-input');
    expect(document.querySelector('.chart-section p.small')).toBeTruthy();
  });
});
