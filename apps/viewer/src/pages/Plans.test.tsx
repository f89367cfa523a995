import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartInput } from '../charts/chartOption.js';
import { fixtureFakePlan, installFakeApi, observation, ordosFakePlan } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';

// ECharts draws in a real browser (the end-to-end tests); here the chart shows what it was given.
vi.mock('../charts/IndicatorChart.js', () => ({
  default: ({ input }: { input: ChartInput }) => (
    <pre data-testid="chart-input">{JSON.stringify(input)}</pre>
  ),
}));

// The second plan is @plan/plans' invented fixture (测试用规划（虚构数据）), never a real plan.
const FIXTURE = 'fixture-plan-2026-2030';
const FIXTURE_TITLE = '测试用规划（虚构数据）';
const ORDOS_TITLE = '鄂尔多斯市“十四五”教育体育发展规划';

/** Invented observations of the fixture plan's city. */
function fixtureObservations() {
  return [
    observation({
      indicatorId: 'fixture-preschool-enrolment-rate',
      region: 'fixture-city',
      year: 2025,
      value: 92.5,
      source: 'plan',
    }),
    observation({
      indicatorId: 'fixture-preschool-enrolment-rate',
      region: 'fixture-city',
      year: 2027,
      value: 93.4,
      source: 'statistics',
    }),
  ];
}

function twoPlans() {
  return installFakeApi(
    [],
    {},
    {
      plans: [ordosFakePlan(sampleObservations()), fixtureFakePlan(fixtureObservations())],
    },
  );
}

const navHref = (name: string) =>
  within(screen.getByRole('navigation', { name: '主导航' }))
    .getByRole('link', { name })
    .getAttribute('href') ?? '';

describe('several plans', () => {
  it('switches to another plan: the URL names it and every page reads its data', async () => {
    const calls = twoPlans();
    renderApp('/?asOf=2024-06-30');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(ORDOS_TITLE);
    const switcher = (await screen.findByLabelText('规划')) as HTMLSelectElement;
    expect([...switcher.options].map((option) => option.textContent)).toEqual([
      ORDOS_TITLE,
      FIXTURE_TITLE,
    ]);
    fireEvent.change(switcher, { target: { value: FIXTURE } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(FIXTURE_TITLE),
    );
    expect(navHref('指标')).toBe(`/indicators?plan=${FIXTURE}&asOf=2024-06-30`);
    // The fixture's own years and regions, not Ordos constants.
    const facts = screen.getByRole('heading', { level: 1 }).parentElement as HTMLElement;
    expect(facts.textContent).toContain('2026–2030');
    expect(facts.textContent).toContain('虚构市');
    expect((screen.getByLabelText('地区') as HTMLSelectElement).value).toBe('fixture-city');
    await waitFor(() =>
      expect(
        calls.some((call) => call.url.pathname === `/api/v1/plans/${FIXTURE}/assessments`),
      ).toBe(true),
    );
  });

  it('opens the plan a shared URL names, reading only that plan’s paths', async () => {
    const calls = twoPlans();
    renderApp(`/indicators?plan=${FIXTURE}`);
    expect(await screen.findByRole('link', { name: '学前教育毛入园率' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '学前三年入园率' })).toBeNull();
    const planScoped = calls.filter((call) => call.url.pathname !== '/api/v1/plans');
    expect(planScoped.length).toBeGreaterThan(0);
    for (const call of planScoped)
      expect(call.url.pathname.startsWith(`/api/v1/plans/${FIXTURE}`)).toBe(true);
    expect((screen.getByLabelText('规划') as HTMLSelectElement).value).toBe(FIXTURE);
  });

  it('switches back to the default plan, dropping the plan from the URL and following a linked indicator', async () => {
    twoPlans();
    renderApp(
      `/indicators/fixture-preschool-enrolment-rate?plan=${FIXTURE}&region=fixture-east-district`,
    );
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('学前教育毛入园率');
    fireEvent.change(await screen.findByLabelText('规划'), {
      target: { value: 'ordos-education-sports-2021-2025' },
    });
    // The fixture continues the Ordos preschool rate (a fixture link): its page opens.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('学前三年入园率'),
    );
    // The other plan's region is not carried over.
    expect(navHref('指标')).toBe('/indicators');
    expect((screen.getByLabelText('地区') as HTMLSelectElement).value).toBe('ordos');
  });

  it('draws the predecessor plan’s observations of a linked indicator before the plan’s own', async () => {
    twoPlans();
    renderApp(`/indicators/fixture-preschool-enrolment-rate?plan=${FIXTURE}&asOf=2028-06-30`);
    await waitFor(() => {
      const input = JSON.parse(screen.getByTestId('chart-input').textContent ?? '') as ChartInput;
      expect(input.tracks[0]?.predecessor).toBeDefined();
    });
    const input = JSON.parse(screen.getByTestId('chart-input').textContent ?? '') as ChartInput;
    const [track] = input.tracks;
    // The Ordos plan's city values of the linked indicator (its subject region, as this plan's).
    expect(track?.predecessor).toEqual([
      { date: '2020-12-31', value: 98.5, illustrative: false },
      { date: '2021-12-31', value: 98.6, illustrative: true },
      { date: '2023-12-31', value: 98.9, illustrative: true },
    ]);
    expect(track?.observations.map((point) => point.value)).toEqual([92.5, 93.4]);
    expect(input.labels.predecessor).toBe(`上期规划观测值（${ORDOS_TITLE}）`);
    expect(screen.getByText(/本指标延续上期规划/).textContent).toContain('学前三年入园率');
  });

  it('shows the other plan’s projects and report, with no consistency report to miss', async () => {
    twoPlans();
    renderApp(`/projects?plan=${FIXTURE}`);
    expect(await screen.findByText('学位扩容工程')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('prints the other plan’s report with its own indicators and years', async () => {
    const calls = twoPlans();
    renderApp(`/report?plan=${FIXTURE}&asOf=2028-06-30`);
    expect(await screen.findByText('人均体育场地面积')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.some((call) => call.url.pathname === `/api/v1/plans/${FIXTURE}/milestones`)).toBe(
      true,
    );
  });

  it('draws no predecessor series for an indicator without a link', async () => {
    twoPlans();
    renderApp('/indicators/preschool-enrolment-rate');
    const input = JSON.parse(
      (await screen.findByTestId('chart-input')).textContent ?? '',
    ) as ChartInput;
    expect(input.tracks[0]?.predecessor).toBeUndefined();
    expect(screen.queryByText(/本指标延续上期规划/)).toBeNull();
  });
});

describe('after the plan’s end', () => {
  it('says the plan has ended and shows the final evaluation, not a share of time elapsed', async () => {
    twoPlans();
    renderApp('/?asOf=2026-03-31');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(ORDOS_TITLE);
    const header = screen.getByRole('banner');
    expect(within(header).getByText('规划期已结束')).toBeTruthy();
    const facts = screen.getByRole('heading', { level: 1 }).parentElement as HTMLElement;
    expect(facts.textContent).toContain('规划期已于 2025年12月31日 结束');
    expect(within(facts).queryByText('时序进度')).toBeNull();
    expect(facts.textContent).not.toContain('100%');
    // The category cards' time ticks say nothing either: no period share beside their rows. The
    // cards and the final evaluation's rows below the first screen come a moment later (useRestLater).
    await waitFor(() =>
      expect(document.querySelectorAll('.category-card').length).toBeGreaterThan(0),
    );
    for (const bar of document.querySelectorAll('.category-card .progress-track'))
      expect(bar.getAttribute('aria-label')).not.toContain('100%');
    const section = (await screen.findByRole('heading', { name: '总结评估' }))
      .parentElement as HTMLElement;
    expect(section.querySelectorAll('tbody tr')).toHaveLength(61);
    const row = within(section).getByRole('link', { name: '学前三年入园率' }).closest('tr');
    expect(row?.textContent).toContain('未达标');
    // The 2023 value is the last by the end: 98.9 against the target 99, 0.1 percentage point short.
    expect([...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual([
      '未达标',
      '98.9',
      '99',
      '−0.1个百分点',
      '—',
    ]);
  });

  it('says nothing of an end before it', async () => {
    twoPlans();
    renderApp('/?asOf=2025-12-30');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('规划期已结束')).toBeNull();
    expect(screen.queryByRole('heading', { name: '总结评估' })).toBeNull();
  });
});
