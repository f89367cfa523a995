import { ordosPlan } from '@plan/indicators';
import { compareRegions, type Method } from '@plan/scoring';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Observation } from '../../api/types.js';
import type { MapArea } from '../../map/DistrictMap.js';
import { fixtureFakePlan, installFakeApi, observation, ordosFakePlan } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderApp } from '../../test/renderApp.js';
import { comparisonAnswer } from './comparisonFixture.js';

// ECharts draws in a real browser (the screenshots); here the map shows what it was given.
vi.mock('../../map/DistrictMap.js', () => ({
  default: (props: {
    areas: MapArea[];
    legend: unknown[];
    description: string;
    describedBy: string;
  }) => (
    <div role="img" aria-label={props.description} aria-describedby={props.describedBy}>
      <pre data-testid="map-input">
        {JSON.stringify({ areas: props.areas, legend: props.legend })}
      </pre>
    </div>
  ),
}));

const DISTRICTS_ZH = [
  '东胜区',
  '康巴什区',
  '达拉特旗',
  '准格尔旗',
  '鄂托克前旗',
  '鄂托克旗',
  '杭锦旗',
  '乌审旗',
  '伊金霍洛旗',
];

function withComparison(answer = comparisonAnswer()) {
  return installFakeApi(sampleObservations(), { 'GET /api/v1/comparison': () => answer });
}

const sectionOf = async (name: string | RegExp) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('ComparisonPage', () => {
  it('is linked from the navigation, keeping the plan and settings', async () => {
    withComparison();
    renderApp('/?asOf=2024-06-30');
    const link = within(await screen.findByRole('navigation', { name: '主导航' })).getByRole(
      'link',
      { name: '旗区比较' },
    );
    expect(link.getAttribute('href')).toBe('/comparison?asOf=2024-06-30');
  });

  it('asks the API for the comparison as of the chosen date, by the chosen method', async () => {
    const calls = withComparison();
    renderApp('/comparison?asOf=2024-06-30&method=open-sdg');
    await screen.findByRole('heading', { level: 1, name: '旗区比较' });
    const call = calls.find((entry) => entry.url.pathname === '/api/v1/comparison');
    expect(call?.url.searchParams.get('asOf')).toBe('2024-06-30');
    expect(call?.url.searchParams.get('method')).toBe('open-sdg');
    // The change in each cell is since the same day a year earlier.
    expect(call?.url.searchParams.get('previousAsOf')).toBe('2023-06-30');
    expect(call?.url.searchParams.get('includeSubmitted')).toBeNull();
  });

  it('shows all nine 旗区 in the matrix: status in words, value, completion against time, the city target marked', async () => {
    withComparison();
    renderApp('/comparison?asOf=2024-06-30');
    const matrix = within(await sectionOf('旗区 × 指标')).getByRole('table');
    expect(rowNames(matrix)).toEqual(DISTRICTS_ZH);
    const dongsheng = within(matrix).getByRole('rowheader', { name: '东胜区' })
      .parentElement as HTMLElement;
    const cells = within(dongsheng).getAllByRole('cell');
    // Rank, then 学前三年入园率, 中小学生近视眼率, the city-only indicator.
    expect(cells[1]?.textContent).toContain('快于预期');
    expect(cells[1]?.textContent).toContain('99.1');
    expect(cells[1]?.textContent).toContain('完成 92% / 时序 70%');
    expect(cells[1]?.textContent).toContain('按全市目标判断');
    expect(cells[1]?.textContent).toContain('较上期 +0.3');
    expect(cells[3]?.textContent).toContain('仅全市');
    // A district with no baseline reads "no data", never 0.
    const kangbashi = within(matrix).getByRole('rowheader', { name: '康巴什区' })
      .parentElement as HTMLElement;
    expect(within(kangbashi).getAllByRole('cell')[1]?.textContent).toContain('无数据');
    expect(within(kangbashi).getAllByRole('cell')[1]?.textContent).not.toContain('0');
  });

  it('sorts the districts by an indicator column, districts without data last', async () => {
    withComparison();
    renderApp('/comparison');
    const section = await sectionOf('旗区 × 指标');
    const header = within(section).getByRole('button', { name: /学前三年入园率/ });
    fireEvent.click(header);
    const matrix = within(section).getByRole('table');
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    // Worst first: regressing, behind, on track …; no data (康巴什区, 乌审旗) last.
    await waitFor(() => expect(rowNames(matrix)[0]).toBe('杭锦旗'));
    expect(rowNames(matrix).slice(-2)).toEqual(['康巴什区', '乌审旗']);
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() => expect(rowNames(matrix)[0]).toBe('鄂托克旗'));
    expect(rowNames(matrix).slice(-2)).toEqual(['康巴什区', '乌审旗']);
  });

  it('filters the matrix by table and by status', async () => {
    withComparison();
    renderApp('/comparison');
    const section = await sectionOf('旗区 × 指标');
    expect(within(section).getByTestId('matrix-count').textContent).toBe('显示 3 / 3 项指标');
    fireEvent.change(within(section).getByLabelText('状态'), { target: { value: 'regressing' } });
    await waitFor(() =>
      expect(within(section).getByTestId('matrix-count').textContent).toBe('显示 1 / 3 项指标'),
    );
    fireEvent.change(within(section).getByLabelText('表'), { target: { value: 'sports' } });
    await waitFor(() => expect(within(section).getByText('没有符合条件的指标。')).toBeTruthy());
    fireEvent.change(within(section).getByLabelText('状态'), { target: { value: '' } });
    await waitFor(() =>
      expect(within(section).getByTestId('matrix-count').textContent).toBe('显示 1 / 1 项指标'),
    );
  });

  it('shows the ranking with its method and weights; an unranked district says why', async () => {
    withComparison();
    renderApp('/comparison');
    const section = await sectionOf('综合排名');
    expect(section.textContent).toContain('已判断指标少于 60% 的旗区不排名');
    const table = within(section).getAllByRole('table')[0] as HTMLElement;
    expect(rowNames(table)[0]).toContain('鄂托克旗');
    const uxin = rowNames(table).at(-1) ?? '';
    expect(uxin).toContain('乌审旗');
    expect(uxin).toContain('未排名');
    expect(uxin).toContain('覆盖率 0%，低于 60%：不排名');
    expect(section.textContent).toContain('排名所需的最低覆盖率：60%');
    expect(within(section).getByText('各指标权重')).toBeTruthy();
  });

  it('shows reporting completeness per district and year, marking rates below 80 %', async () => {
    withComparison();
    renderApp('/comparison');
    const table = within(await sectionOf('上报完整性')).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['旗区', '2021', '2022', '2023', '合计']);
    const uxin = within(table).getByRole('rowheader', { name: '乌审旗' })
      .parentElement as HTMLElement;
    expect(uxin.textContent).toContain('33%');
    expect(uxin.textContent).toContain('1/3');
    expect(uxin.textContent).toContain('11%');
    expect(uxin.textContent).toContain('（低于 80%）');
    // Each year's cell names what was not reported.
    const cell2022 = within(uxin).getAllByRole('cell')[1] as HTMLElement;
    expect(cell2022.getAttribute('title')).toBe(
      '未上报：中小学生近视眼率、国家级体育公园、学前三年入园率',
    );
  });

  it('lists the figures to review and the counts that do not add up, changing nothing', async () => {
    withComparison();
    renderApp('/comparison');
    const outliers = await sectionOf('待核查的数值');
    expect(outliers.textContent).toContain('准格尔旗');
    expect(outliers.textContent).toContain('比本旗区趋势低 6.4 个百分点');
    expect(outliers.textContent).toContain('数据未作任何改动');
    const checks = await sectionOf('可加总指标核对');
    const row = within(checks).getByRole('rowheader', { name: '国家级体育公园' })
      .parentElement as HTMLElement;
    expect(row.textContent).toContain('8/9');
    expect(row.textContent).toContain('旗区未报全');
    expect(row.textContent).toContain('未报：乌审旗');
  });

  it('colours the map by the chosen indicator’s status, its table beside it for screen readers', async () => {
    withComparison();
    renderApp('/comparison');
    const section = await sectionOf('地图');
    const map = await within(section).findByRole('img');
    const table = document.getElementById(map.getAttribute('aria-describedby') ?? '');
    expect(table?.tagName).toBe('TABLE');
    expect(rowNames(table as HTMLElement)).toEqual(DISTRICTS_ZH);
    expect(map.getAttribute('aria-label')).toContain('东胜区：快于预期 · 99.1%');
    const input = JSON.parse(within(section).getByTestId('map-input').textContent ?? '') as {
      areas: MapArea[];
      legend: { label: string }[];
    };
    expect(input.areas.map((area) => area.region.name.zh)).toEqual(DISTRICTS_ZH);
    expect(input.legend.map((entry) => entry.label)).toContain('滞后');
    expect(input.areas.find((area) => area.region.id === 'uxin')?.value).toBe(5);
    expect(section.textContent).toContain('示意图，非标准地图');
  });

  it('switches the map to values and to another indicator', async () => {
    withComparison();
    renderApp('/comparison');
    const section = await sectionOf('地图');
    fireEvent.click(within(section).getByLabelText('数值'));
    await waitFor(() =>
      expect((within(section).getByLabelText('数值') as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.change(within(section).getByLabelText('指标'), {
      target: { value: 'student-myopia-rate' },
    });
    await waitFor(() =>
      expect(within(section).getByRole('table').querySelector('caption')?.textContent).toBe(
        '中小学生近视眼率：各旗区',
      ),
    );
  });

  it('colours the map by value in equal intervals on request', async () => {
    withComparison();
    renderApp('/comparison?indicator=student-myopia-rate&mapBy=value');
    const section = await sectionOf('地图');
    expect((within(section).getByLabelText('数值') as HTMLInputElement).checked).toBe(true);
    const input = JSON.parse(
      (await within(section).findByTestId('map-input')).textContent ?? '',
    ) as { areas: MapArea[]; legend: { min: number; max: number }[] };
    expect(input.areas.find((area) => area.region.id === 'jungar')?.value).toBe(52);
    expect(input.areas.find((area) => area.region.id === 'uxin')?.value).toBeNull();
    expect(input.legend[0]?.min).toBe(52);
    expect(input.legend.at(-1)?.max).toBe(58.2);
    // The city-only indicator cannot colour the map: not offered.
    const choices = within(within(section).getByLabelText('指标')).getAllByRole('option');
    expect(choices.map((option) => option.textContent)).not.toContain(
      '义务教育优质均衡旗县（市、区）比例',
    );
  });

  it('includes submitted figures on request, and says so', async () => {
    const calls = withComparison();
    renderApp('/comparison');
    fireEvent.click(await screen.findByLabelText('包括待审核的数据'));
    await waitFor(() =>
      expect(calls.at(-1)?.url.searchParams.get('includeSubmitted')).toBe('true'),
    );
    expect(screen.getByText('含已上报、尚未审核的数据。')).toBeTruthy();
  });

  it('reads in English', async () => {
    withComparison();
    renderApp('/comparison', { locale: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'District comparison' }),
    ).toBeTruthy();
    const matrix = within(await sectionOf('Districts × indicators')).getByRole('table');
    expect(rowNames(matrix)[0]).toBe('Dongsheng District');
    expect(matrix.textContent).toContain('Ahead of schedule');
    expect(matrix.textContent).toContain('city target applied');
    const ranking = await sectionOf('Ranking');
    expect(ranking.textContent).toContain('Not ranked: coverage 0 %, below 60 %: not ranked');
    const map = await sectionOf('Map');
    expect(map.textContent).toContain('Illustrative map, not an official one');
    expect(within(map).getByRole('img').getAttribute('aria-label')).toContain(
      'Dongsheng District: Ahead of schedule',
    );
  });

  it('reads another plan’s comparison under ?plan=, without a map it does not have', async () => {
    const calls = installFakeApi(
      [],
      {
        'GET /api/v1/plans/fixture-plan-2026-2030/comparison': () => ({
          ...comparisonAnswer(),
          regions: [],
          matrix: [],
          indicators: [],
          ranking: { ...comparisonAnswer().ranking, rows: [], weights: {} },
          completeness: { ...comparisonAnswer().completeness, periods: [], rows: [] },
          outliers: [],
          additiveChecks: [],
        }),
      },
      { plans: [ordosFakePlan([]), fixtureFakePlan([])] },
    );
    renderApp('/comparison?plan=fixture-plan-2026-2030');
    await screen.findByRole('heading', { level: 1, name: '旗区比较' });
    expect(
      calls.some(
        (entry) => entry.url.pathname === '/api/v1/plans/fixture-plan-2026-2030/comparison',
      ),
    ).toBe(true);
    expect(screen.getByText('没有可逐旗区比较的指标。')).toBeTruthy();
  });

  it('shows what the API’s compareRegions makes of district figures: own baselines, no-baseline districts, city-only rows', async () => {
    // Invented district figures: 东胜区 and 达拉特旗 have a 2020 base-year value, 康巴什区 only a later one.
    const figures: Observation[] = [
      observation({
        indicatorId: 'preschool-enrolment-rate',
        region: 'dongsheng',
        year: 2020,
        value: 97,
      }),
      observation({
        indicatorId: 'preschool-enrolment-rate',
        region: 'dongsheng',
        year: 2023,
        value: 98.6,
      }),
      observation({
        indicatorId: 'preschool-enrolment-rate',
        region: 'dalad',
        year: 2020,
        value: 95,
      }),
      observation({
        indicatorId: 'preschool-enrolment-rate',
        region: 'dalad',
        year: 2023,
        value: 94,
      }),
      observation({
        indicatorId: 'preschool-enrolment-rate',
        region: 'kangbashi',
        year: 2022,
        value: 99,
      }),
    ];
    installFakeApi(figures, {
      'GET /api/v1/comparison': ({ url }) =>
        compareRegions(
          ordosPlan,
          figures.map(({ indicatorId, region, year, value }) => ({
            indicatorId,
            region,
            year,
            value,
          })),
          {
            asOf: url.searchParams.get('asOf') ?? '2024-06-30',
            method: (url.searchParams.get('method') ?? 'time-progress') as Method,
          },
        ),
    });
    renderApp('/comparison?asOf=2024-06-30');
    const matrix = within(await sectionOf('旗区 × 指标')).getByRole('table');
    expect(rowNames(matrix)).toEqual(DISTRICTS_ZH);
    const cellOf = (district: string, column: number) =>
      within(
        within(matrix).getByRole('rowheader', { name: district }).parentElement as HTMLElement,
      ).getAllByRole('cell')[column]?.textContent ?? '';
    // Column 1: 学前三年入园率, judged from each district's own 2020 value.
    expect(cellOf('东胜区', 1)).toContain('98.6');
    expect(cellOf('达拉特旗', 1)).toContain('94');
    expect(cellOf('康巴什区', 1)).toContain('无本旗区基期值');
    // Column 4: 义务教育优质均衡旗县（市、区）比例 is about the city as a whole.
    expect(cellOf('东胜区', 4)).toContain('仅全市');
    const ranking = await sectionOf('综合排名');
    expect(rowNames(within(ranking).getAllByRole('table')[0] as HTMLElement)).toHaveLength(9);
  });
});
