import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartInput } from '../charts/chartOption.js';
import { installFakeApi, json } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';

// ECharts draws in a real browser (the end-to-end tests); here the chart shows what it was given.
vi.mock('../charts/IndicatorChart.js', () => ({
  default: ({ input }: { input: ChartInput }) => (
    <pre data-testid="chart-input">{JSON.stringify(input)}</pre>
  ),
}));

describe('IndicatorDetailPage', () => {
  it('shows the indicator in both languages with its plan values and latest figure', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators/preschool-enrolment-rate');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('学前三年入园率');
    expect(screen.getByText('Three-year preschool enrolment rate')).toBeTruthy();
    const head = screen.getByRole('heading', { level: 1 }).parentElement as HTMLElement;
    expect(head.textContent).toContain('94.4 → ≥95.0');
    expect(within(head).getByText('示例数据')).toBeTruthy();
  });

  it('gives the chart the straight path, the observations marked illustrative, and the benchmark', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators/preschool-enrolment-rate?asOf=2024-06-30');
    const input = JSON.parse(
      (await screen.findByTestId('chart-input')).textContent ?? '',
    ) as ChartInput;
    const [track] = input.tracks;
    expect(track).toMatchObject({
      baseline: 98.5,
      target: 99,
      benchmark: { baseline: 94.4, target: 95 },
    });
    expect(track?.observations).toEqual([
      { date: '2020-12-31', value: 98.5, illustrative: false },
      { date: '2021-12-31', value: 98.6, illustrative: true },
      { date: '2023-12-31', value: 98.9, illustrative: true },
    ]);
    expect(track?.projection?.to.date).toBe('2025-12-31');
    expect(input.asOf).toBe('2024-06-30');
  });

  it('draws one track per part of a split indicator', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators/dual-qualified-teachers-share');
    const input = JSON.parse(
      (await screen.findByTestId('chart-input')).textContent ?? '',
    ) as ChartInput;
    expect(input.tracks.map((track) => [track.label, track.baseline, track.target])).toEqual([
      ['中职', 58, 60],
      ['高职', 40, 70],
    ]);
  });

  it('sets the five methods side by side, each with its calculation', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators/preschool-enrolment-rate');
    const section = (await screen.findByRole('heading', { name: '各评估方法结果' }))
      .parentElement as HTMLElement;
    const cards = section.querySelectorAll('.method-card');
    expect([...cards].map((card) => card.getAttribute('data-method'))).toEqual([
      'time-progress',
      'open-sdg',
      'unsd-2023',
      'weather',
      'sdsn',
    ]);
    const timeProgress = cards[0] as HTMLElement;
    expect(within(timeProgress).getByText('完成进度')).toBeTruthy();
    expect(within(timeProgress).getByText('基期值')).toBeTruthy();
  });

  it('lists the project targets linked to the indicator, quoting the plan', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators/student-myopia-rate');
    const section = (await screen.findByRole('heading', { name: '相关重大项目举措' }))
      .parentElement as HTMLElement;
    expect(await within(section).findByText(/近视率平均每年至少下降0.5个百分点/)).toBeTruthy();
    const link = await within(section).findByRole('link', { name: /专栏 6/ });
    expect(link.getAttribute('href')).toBe('/projects#project-6');
  });

  it('shows the observation history, newest first, and each one’s revisions on request to a signed-in reader', async () => {
    sessionStorage.setItem(
      'plan.viewer.session',
      JSON.stringify({ token: 'reader-token-0123456789', name: 'public', role: 'viewer' }),
    );
    const observations = sampleObservations();
    const revised = observations.find(
      (item) => item.indicatorId === 'preschool-enrolment-rate' && item.year === 2021,
    );
    installFakeApi(observations, {
      [`GET /api/v1/observations/${revised?.id}/history`]: () => ({
        items: [
          {
            revision: 1,
            action: 'create',
            actor: 'seed',
            at: '2024-01-01T00:00:00.000Z',
            old: null,
            new: { value: 98.6, illustrative: true },
            reason: null,
          },
        ],
      }),
    });
    renderApp('/indicators/preschool-enrolment-rate');
    const section = (await screen.findByRole('heading', { name: '观测记录与修订历史' }))
      .parentElement as HTMLElement;
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual([
      '2023年',
      '2021年',
      '2020年',
    ]);
    // The illustrative tag, and the source (demo) by its name.
    expect(within(rows[0] as HTMLElement).getAllByText('示例数据')).toHaveLength(2);
    expect(within(rows[2] as HTMLElement).queryByText('示例数据')).toBeNull();
    fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: '查看修订' }));
    expect(await within(section).findByText('新增')).toBeTruthy();
  });

  it('says there is no such indicator for an unknown id', async () => {
    installFakeApi(sampleObservations(), {
      'GET /api/v1/indicators/nope/assessment': () =>
        json({ title: 'Not Found', status: 404, detail: 'No indicator "nope".' }, 404),
    });
    renderApp('/indicators/nope');
    expect(await screen.findByText(/没有这个指标。/)).toBeTruthy();
  });
});
