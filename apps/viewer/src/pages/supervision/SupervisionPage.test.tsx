import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SupervisionItem } from '../../api/tracking.js';
import { renderApp } from '../../test/renderApp.js';
import { installTrackingApi, unit } from '../tasks/_lib/trackingFakeApi.js';

const rows: SupervisionItem[] = [
  {
    id: 'P06-M3',
    kind: 'measure',
    projectNumber: 6,
    status: 'not_reported',
    reasons: ['not_updated'],
    since: '2024-01-30',
    due: '2025-12-31',
    laggingRegions: [],
    leadUnit: null,
    cooperatingUnits: [unit.id],
    region: null,
    lastUpdate: '2022-12-31',
    explanation: { zh: '2023年度未报告。', en: 'No 2023 report.' },
  },
  {
    id: 'T-P07-M2-1',
    kind: 'target',
    projectNumber: 7,
    status: 'overdue',
    reasons: ['overdue', 'not_updated'],
    since: '2023-12-31',
    due: '2023-12-31',
    laggingRegions: [],
    leadUnit: unit.id,
    cooperatingUnits: [],
    region: null,
    lastUpdate: null,
    explanation: { zh: '2023年底到期，未达到。', en: 'Due end 2023, not met.' },
  },
  {
    id: 'T-P01-M4-1',
    kind: 'target',
    projectNumber: 1,
    status: 'at_risk',
    reasons: ['at_risk'],
    since: '2024-03-01',
    due: '2025-12-31',
    laggingRegions: ['dongsheng', 'kangbashi'],
    leadUnit: null,
    cooperatingUnits: [],
    region: 'dongsheng',
    lastUpdate: '2024-03-01',
    explanation: { zh: '按现有趋势到期难以完成。', en: 'The trend misses it.' },
  },
];

describe('SupervisionPage', () => {
  it('lists overdue first, each row coloured by its worst reason, with owner, since and latest report', async () => {
    installTrackingApi({}, { supervision: rows });
    renderApp('/supervision?asOf=2024-06-30');
    expect(await screen.findByRole('heading', { name: '督办清单', level: 1 })).toBeTruthy();
    const table = await screen.findByRole('table');
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((row) => row.getAttribute('data-id'))).toEqual([
      'T-P07-M2-1',
      'T-P01-M4-1',
      'P06-M3',
    ]);
    expect(body.map((row) => row.getAttribute('data-reason'))).toEqual([
      'overdue',
      'at_risk',
      'not_updated',
    ]);
    expect((body[0] as HTMLElement).style.getPropertyValue('--reason-colour')).toBe('#cf222e');
    const overdue = within(body[0] as HTMLElement);
    expect(overdue.getByText('逾期')).toBeTruthy();
    expect(overdue.getByText('未按期更新')).toBeTruthy();
    expect(overdue.getByText('逾期未完成')).toBeTruthy();
    expect(overdue.getByText('2023-12-31')).toBeTruthy();
    expect(overdue.getByText('测试单位甲')).toBeTruthy();
    expect(overdue.getByText('从未更新')).toBeTruthy();
    const risk = within(body[1] as HTMLElement);
    expect(risk.getByText('东胜区')).toBeTruthy();
    expect(risk.getByText('未达标：东胜区、康巴什区')).toBeTruthy();
    expect(risk.getByText('未指定')).toBeTruthy();
    const stale = within(body[2] as HTMLElement);
    expect(stale.getByText(/2022 · 按计划推进 · 测试单位甲/)).toBeTruthy();
    expect((body[2] as HTMLElement).querySelectorAll('td')[3]?.textContent).toBe(
      '未指定 / 测试单位甲',
    );
    expect(screen.getByText('共 3 项')).toBeTruthy();
    expect(screen.getByText('逾期 1 项')).toBeTruthy();
  });

  it('links to the circular for the as-of date and the filters', async () => {
    installTrackingApi({}, { supervision: rows });
    renderApp(`/supervision?asOf=2024-06-30&unit=${unit.id}&district=dongsheng`);
    const link = await screen.findByRole('link', { name: '生成通报（HTML）' });
    expect(link.getAttribute('href')).toBe(
      `/api/v1/supervision/circular?asOf=2024-06-30&format=html&unit=${unit.id}&region=dongsheng`,
    );
    expect(screen.getByRole('link', { name: 'Markdown' }).getAttribute('href')).toBe(
      `/api/v1/supervision/circular?asOf=2024-06-30&format=markdown&unit=${unit.id}&region=dongsheng`,
    );
  });

  it('asks the API again with the filters chosen, and says when nothing matches', async () => {
    const calls = installTrackingApi({}, { supervision: [] });
    renderApp('/supervision?asOf=2024-06-30');
    expect(await screen.findByText('没有需要督办的事项。')).toBeTruthy();
    await waitFor(() =>
      expect(
        (screen.getByLabelText('责任单位') as HTMLSelectElement).querySelectorAll('option'),
      ).toHaveLength(2),
    );
    fireEvent.change(screen.getByLabelText('责任单位'), { target: { value: unit.id } });
    fireEvent.change(screen.getByLabelText('旗区'), { target: { value: 'dongsheng' } });
    await waitFor(() =>
      expect(screen.getByLabelText('重大项目').querySelectorAll('option').length).toBeGreaterThan(
        1,
      ),
    );
    fireEvent.change(screen.getByLabelText('重大项目'), { target: { value: '7' } });
    expect(await screen.findByText('没有符合筛选条件的督办事项。')).toBeTruthy();
    await waitFor(() => {
      const last = calls.filter((call) => call.url.pathname === '/api/v1/supervision').at(-1);
      expect(Object.fromEntries(last?.url.searchParams ?? [])).toEqual({
        asOf: '2024-06-30',
        unit: unit.id,
        project: '7',
        region: 'dongsheng',
      });
    });
  });
});
