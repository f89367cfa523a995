import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { assessed } from './_fixtures.js';
import { MethodCard, MethodsSection } from './MethodsSection.js';

describe('MethodsSection', () => {
  it('sets the five methods side by side, saying where one has nothing', () => {
    const item = assessed('preschool-enrolment-rate', sampleObservations());
    renderWithProviders(
      <MethodsSection byMethod={{ 'time-progress': item }} unavailable={false} />,
    );
    const cards = document.querySelectorAll('.method-card');
    expect([...cards].map((card) => card.getAttribute('data-method'))).toEqual([
      'time-progress',
      'open-sdg',
      'unsd-2023',
      'weather',
      'sdsn',
    ]);
    expect(within(cards[1] as HTMLElement).getByText('无数据')).toBeTruthy();
  });

  it('says when the assessments cannot be had', () => {
    renderWithProviders(<MethodsSection byMethod={{}} unavailable />);
    expect(screen.getByText('评估接口暂不可用；指标与观测值仍可查看。')).toBeTruthy();
  });
});

describe('MethodCard', () => {
  it('shows the status, the explanation and each part’s calculation', () => {
    const item = assessed('dual-qualified-teachers-share', sampleObservations());
    renderWithProviders(<MethodCard method="time-progress" item={item} />);
    expect(screen.getByText(item.explanation.zh)).toBeTruthy();
    const calculations = screen.getAllByText(/计算过程/);
    expect(calculations.map((summary) => summary.textContent)).toEqual([
      '计算过程 · 中职',
      '计算过程 · 高职',
    ]);
    expect(screen.getAllByText('完成进度')).toHaveLength(2);
  });
});
