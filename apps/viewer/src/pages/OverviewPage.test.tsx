import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';

describe('OverviewPage', () => {
  it('shows the plan title, period, as-of date, region and method', async () => {
    installFakeApi(sampleObservations());
    renderApp('/?asOf=2024-06-30');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('鄂尔多斯市“十四五”教育体育发展规划');
    const facts = heading.parentElement as HTMLElement;
    expect(facts.textContent).toContain('2021–2025');
    expect(facts.textContent).toContain('2024年6月30日');
    expect(facts.textContent).toContain('鄂尔多斯市');
    expect(facts.textContent).toContain('时序进度法');
  });

  it('opened without a date, judges as of the newest figure in the plan period and says so', async () => {
    const calls = installFakeApi(sampleObservations());
    renderApp('/', { today: '2024-06-30' });
    expect((await screen.findByTestId('as-of-rule')).textContent).toContain(
      '按规划期内最新数据日期',
    );
    expect(screen.getByRole('heading', { level: 1 }).parentElement?.textContent).toContain(
      '2023年12月31日',
    );
    const assessed = calls.filter((call) => call.url.pathname.endsWith('/assessments'));
    expect(assessed.length).toBeGreaterThan(0);
    expect(assessed.every((call) => call.url.searchParams.get('asOf') === '2023-12-31')).toBe(true);
    // The end of 2023 is three of the plan's five years: the header shows the rows' 60%.
    expect(screen.getByTestId('time-progress').textContent).toBe('60%');
  });

  it('after the plan’s end, opened without a date, judges as of the plan’s end', async () => {
    const calls = installFakeApi(sampleObservations());
    renderApp('/', { today: '2026-12-02' });
    expect((await screen.findByTestId('as-of-rule')).textContent).toContain('总结评估');
    const assessed = calls.filter((call) => call.url.pathname.endsWith('/assessments'));
    expect(assessed.every((call) => call.url.searchParams.get('asOf') === '2025-12-31')).toBe(true);
    // The plan's last day is the final evaluation (总结评估), not a share of time elapsed.
    expect(await screen.findByRole('heading', { name: '总结评估' })).toBeTruthy();
    expect(screen.queryByTestId('time-progress')).toBeNull();
  });

  it('before the plan’s end, the header’s time progress is the one the rows are judged at', async () => {
    installFakeApi(sampleObservations());
    renderApp('/', { today: '2025-06-30' });
    // Judged at their figures (the newest from 2023), not at the share of the as-of date.
    expect((await screen.findByTestId('time-progress')).textContent).toMatch(/^60%/);
  });

  it('counts the 61 indicators by status, each status in words', async () => {
    installFakeApi(sampleObservations());
    renderApp('/');
    const section = (await screen.findByRole('heading', { name: '指标状态' }))
      .parentElement as HTMLElement;
    const links = within(section).getAllByRole('link');
    const total = links.reduce(
      (sum, link) => sum + Number(link.querySelector('.headline-number')?.textContent),
      0,
    );
    expect(total).toBe(61);
    expect(
      within(section)
        .getByRole('link', { name: /无数据/ })
        .getAttribute('href'),
    ).toContain('status=no_data');
  });

  it('shows a card per category of each table', async () => {
    installFakeApi(sampleObservations());
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: '鄂尔多斯市职业教育发展“十四五”主要指标' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: '师资队伍建设' }).getAttribute('href')).toContain(
      'category=teaching-staff',
    );
  });

  it('shows the illustrative banner when demo figures are used, and hides them on request', async () => {
    const calls = installFakeApi(sampleObservations());
    renderApp('/');
    const banner = await screen.findByTestId('illustrative-banner');
    expect(banner.textContent).toContain('不是官方统计数据');
    within(banner).getByRole('button', { name: '隐藏示例数据' }).click();
    await waitFor(() => expect(screen.queryByTestId('illustrative-banner')).toBeNull());
    const assessed = () => calls.filter((call) => call.url.pathname.endsWith('/assessments'));
    await waitFor(() =>
      expect(assessed().at(-1)?.url.searchParams.get('includeIllustrative')).toBe('false'),
    );
  });

  it('says so when the assessments cannot be had, and still shows the plan', async () => {
    installFakeApi(sampleObservations(), {
      'GET /api/v1/assessments': () =>
        new Response(JSON.stringify({ title: 'Not Found', status: 404, detail: 'Nothing.' }), {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        }),
    });
    renderApp('/');
    expect(await screen.findByText('评估接口暂不可用；指标与观测值仍可查看。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
  });
});
