import { ordosPlan } from '@plan/indicators';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';
import { filterRows, type Row, sortRows } from './IndicatorsPage.js';

async function table() {
  return within(await screen.findByRole('table'));
}

describe('IndicatorsPage', () => {
  it('lists all 61 indicators with their names verbatim from the plan', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators');
    const rendered = await table();
    // The first screen's rows come at once, the others a moment later (useRestLater).
    await waitFor(() => expect(rendered.getAllByRole('row').slice(1)).toHaveLength(61));
    expect(screen.getByTestId('indicator-count').textContent).toBe('显示 61 / 61 项');
    for (const indicator of ordosPlan.indicators.slice(0, 5)) {
      expect(screen.getByRole('link', { name: indicator.name.zh })).toBeTruthy();
    }
  });

  it('shows the baseline, target and benchmark as printed in the plan', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators');
    const row = (await screen.findByRole('link', { name: '学前三年入园率' })).closest(
      'tr',
    ) as HTMLElement;
    expect(row.textContent).toContain('98.5');
    expect(row.textContent).toContain('94.4 → ≥95.0');
  });

  it('labels illustrative latest values 示例数据 and shows the banner', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators');
    const row = (await screen.findByRole('link', { name: '学前三年入园率' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('示例数据')).toBeTruthy();
    expect(within(row).getByText('98.9')).toBeTruthy();
    const official = screen
      .getByRole('link', { name: '中小学生近视眼率' })
      .closest('tr') as HTMLElement;
    expect(within(official).queryByText('示例数据')).toBeNull();
    expect(screen.getByTestId('illustrative-banner').textContent).toContain('示例数据');
  });

  it('shows no banner when only official figures are on screen', async () => {
    installFakeApi(sampleObservations().filter((item) => !item.illustrative));
    renderApp('/indicators');
    await table();
    expect(screen.queryByTestId('illustrative-banner')).toBeNull();
  });

  it('searches the names in both languages', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators');
    await table();
    fireEvent.change(screen.getByLabelText('按名称搜索'), { target: { value: '近视' } });
    expect(screen.getByTestId('indicator-count').textContent).toBe('显示 1 / 61 项');
    fireEvent.change(screen.getByLabelText('按名称搜索'), { target: { value: 'MYOPIA' } });
    expect(screen.getByRole('link', { name: '中小学生近视眼率' })).toBeTruthy();
  });

  it('filters by table, then by a category of that table', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators');
    await table();
    fireEvent.change(screen.getByLabelText('表'), { target: { value: 'vocational' } });
    expect(screen.getByTestId('indicator-count').textContent).toBe('显示 22 / 61 项');
    fireEvent.change(screen.getByLabelText('分类'), { target: { value: 'teaching-staff' } });
    expect(screen.getByTestId('indicator-count').textContent).toBe('显示 2 / 61 项');
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(screen.getByTestId('indicator-count').textContent).toBe('显示 61 / 61 项');
  });

  it('filters by status, as the overview links to it', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators?status=no_data');
    await waitFor(() =>
      expect(screen.getByTestId('indicator-count').textContent).toMatch(/^显示 5\d \/ 61 项$/),
    );
    await waitFor(() =>
      expect(
        screen.getAllByText('无数据', { selector: '.status-badge span' }).length,
      ).toBeGreaterThan(50),
    );
  });

  it('shows completion against time elapsed whichever method judges the status', async () => {
    const calls = installFakeApi(sampleObservations());
    renderApp('/indicators?method=open-sdg&asOf=2024-06-30');
    const link = await screen.findByRole('link', { name: '学前三年入园率' });
    const row = link.closest('tr') as HTMLElement;
    // (98.9 − 98.5) / (99 − 98.5) = 80%, at 60% of the time at the end of 2023
    await waitFor(() =>
      expect(within(row).getByRole('img').getAttribute('aria-label')).toBe(
        '完成进度 80%, 时序进度 60%',
      ),
    );
    expect(row.querySelector('[data-status]')?.getAttribute('data-status')).toMatch(
      /target_achieved|substantial_progress|moderate_progress|limited_progress|deterioration/,
    );
    const methods = calls
      .filter((call) => call.url.pathname === '/api/v1/assessments')
      .map((call) => call.url.searchParams.get('method'));
    expect(new Set(methods)).toEqual(new Set(['open-sdg', 'time-progress']));
  });

  it('switches to English names at the toggle and remembers the choice', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators');
    await table();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(
      await screen.findByRole('link', { name: 'Three-year preschool enrolment rate' }),
    ).toBeTruthy();
    expect(screen.getByTestId('indicator-count').textContent).toBe('Showing 61 of 61');
    expect(localStorage.getItem('plan.viewer.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sorts by a column at a click, and back at a second', async () => {
    installFakeApi(sampleObservations());
    renderApp('/indicators');
    await table();
    const header = screen.getByRole('button', { name: /最新值/ });
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });
});

const rowOf = (id: string, completion: number | null, date?: string): Row => {
  const indicator = ordosPlan.indicators.find((candidate) => candidate.id === id);
  if (!indicator) throw new Error(id);
  return {
    indicator,
    item: undefined,
    progress:
      completion === null
        ? undefined
        : ({ completion, status: 'behind', method: 'time-progress' } as Row['progress']),
    latest: date ? ({ date } as Row['latest']) : undefined,
  };
};

describe('sortRows', () => {
  const rows = [
    rowOf('preschool-enrolment-rate', 0.2, '2023-12-31'),
    rowOf('student-myopia-rate', null),
    rowOf('compulsory-education-retention-rate', -0.3, '2022-12-31'),
  ];
  const options = {
    method: 'time-progress' as const,
    locale: 'zh' as const,
    tableOrder: ['education'],
  };

  it('puts rows without the figure last in both directions, never as the lowest value', () => {
    const ids = (sorted: Row[]) => sorted.map((row) => row.indicator.id);
    expect(ids(sortRows(rows, 'completion', 'asc', options))).toEqual([
      'compulsory-education-retention-rate',
      'preschool-enrolment-rate',
      'student-myopia-rate',
    ]);
    expect(ids(sortRows(rows, 'completion', 'desc', options))).toEqual([
      'preschool-enrolment-rate',
      'compulsory-education-retention-rate',
      'student-myopia-rate',
    ]);
  });

  it('keeps the printed order by default', () => {
    expect(sortRows(rows, 'order', 'asc', options).map((row) => row.indicator.order)).toEqual([
      1, 2, 9,
    ]);
  });
});

describe('filterRows', () => {
  it('matches the printed name too, and ignores case and spaces around the query', () => {
    const rows = [rowOf('preschool-enrolment-rate', 0.2)];
    expect(filterRows(rows, { query: '  （%）' })).toHaveLength(1);
    expect(filterRows(rows, { query: 'PRESCHOOL' })).toHaveLength(1);
    expect(filterRows(rows, { query: 'football' })).toHaveLength(0);
  });
});
