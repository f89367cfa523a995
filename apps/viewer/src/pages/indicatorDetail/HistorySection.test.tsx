import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicatorOf, installFakeApi } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { HistorySection } from './HistorySection.js';

const indicator = indicatorOf('preschool-enrolment-rate');
const mine = () =>
  sampleObservations().filter((item) => item.indicatorId === 'preschool-enrolment-rate');

describe('HistorySection', () => {
  it('lists the observations newest first, those after the as-of date set apart', () => {
    renderWithProviders(
      <HistorySection indicator={indicator} observations={mine()} asOf="2022-06-30" />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual([
      '2023年',
      '2021年',
      '2020年',
    ]);
    expect(rows.map((row) => row.className)).toEqual(['after-as-of', '', '']);
    expect(within(rows[0] as HTMLElement).getByText('示例数据')).toBeTruthy();
  });

  it('shows an observation’s revisions on request, and hides them again', async () => {
    const observations = mine();
    const revised = observations[1];
    installFakeApi(observations, {
      [`GET /api/v1/observations/${revised?.id}/history`]: () => ({
        items: [
          {
            revision: 1,
            action: 'update',
            actor: 'statistics-bureau',
            at: '2024-01-02T00:00:00.000Z',
            old: { ...revised, value: 98.4 },
            new: revised,
            reason: '统计公报更正',
          },
        ],
      }),
    });
    renderWithProviders(
      <HistorySection indicator={indicator} observations={observations} asOf="2024-06-30" />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: '查看修订' })[1] as HTMLElement);
    expect(await screen.findByText('统计公报更正')).toBeTruthy();
    expect(screen.getByText(/98.4 → 98.6/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '收起修订' }));
    expect(screen.queryByText('统计公报更正')).toBeNull();
  });

  it('says there is no data when there is none', () => {
    renderWithProviders(
      <HistorySection indicator={indicator} observations={[]} asOf="2024-06-30" />,
    );
    expect(screen.getByText('无数据')).toBeTruthy();
  });
});
