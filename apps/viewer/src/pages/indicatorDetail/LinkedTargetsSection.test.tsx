import { ordosPlan } from '@plan/indicators';
import { ordosTargets } from '@plan/projects';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../../test/fakeApi.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { LinkedTargetsSection } from './LinkedTargetsSection.js';

describe('LinkedTargetsSection', () => {
  it('quotes the plan’s text of each linked target and links its 专栏, keeping the view', async () => {
    installFakeApi([]);
    renderWithProviders(<LinkedTargetsSection indicatorId="student-myopia-rate" />, {
      path: '/indicators/student-myopia-rate?asOf=2023-12-31',
    });
    expect(await screen.findByText(/近视率平均每年至少下降0.5个百分点/)).toBeTruthy();
    const link = await screen.findByRole('link', { name: /专栏 6/ });
    expect(link.getAttribute('href')).toBe('/projects?asOf=2023-12-31#project-6');
  });

  it('says so when no target of the text is linked', async () => {
    const unlinked = ordosPlan.indicators.find(
      (indicator) => !ordosTargets.some((target) => target.indicatorId === indicator.id),
    );
    installFakeApi([]);
    renderWithProviders(<LinkedTargetsSection indicatorId={unlinked?.id ?? ''} />);
    expect(await screen.findByText('规划正文中没有与本指标挂钩的项目目标。')).toBeTruthy();
  });
});
