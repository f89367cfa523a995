import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indicatorOf, installFakeApi } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { ObservationList } from './ObservationList.js';

describe('ObservationList', () => {
  it('lists the stored observations newest first, illustrative ones marked', async () => {
    const observations = sampleObservations();
    installFakeApi(observations);
    const clash = observations.find((item) => item.year === 2021);
    renderWithProviders(
      <ObservationList
        indicator={indicatorOf('preschool-enrolment-rate')}
        region="ordos"
        write={{ correct: vi.fn() }}
        highlight={clash?.id}
      />,
    );
    const list = await screen.findByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual([
      '98.9',
      '98.6',
      '98.5',
    ]);
    // The illustrative tag, and the source (demo) by its name.
    expect(within(rows[0] as HTMLElement).getAllByText('示例数据')).toHaveLength(2);
    expect(within(rows[2] as HTMLElement).queryByText('示例数据')).toBeNull();
    expect(rows[1]?.className).toBe('highlight');
  });

  it('offers no correction of the plan’s own figures, which the API refuses to change', async () => {
    installFakeApi(sampleObservations());
    renderWithProviders(
      <ObservationList
        indicator={indicatorOf('preschool-enrolment-rate')}
        region="ordos"
        write={{ correct: vi.fn() }}
        highlight={undefined}
      />,
    );
    const rows = within(await screen.findByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => within(row).queryByRole('button', { name: '更正' }) !== null)).toEqual(
      [true, true, false],
    );
    expect(within(rows[2] as HTMLElement).getByText('规划原文数值，不能更正')).toBeTruthy();
  });

  it('says so when there is none yet', async () => {
    installFakeApi([]);
    renderWithProviders(
      <ObservationList
        indicator={indicatorOf('student-myopia-rate')}
        region="dongsheng"
        write={{ correct: vi.fn() }}
        highlight={undefined}
      />,
    );
    expect(await screen.findByText('该指标在此地区还没有观测值。')).toBeTruthy();
  });
});
