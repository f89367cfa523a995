import { describe, expect, it } from 'vitest';
import type { SupervisedItemInput } from './schema.js';
import { supervisionList } from './supervisionList.js';

const item = (over: Partial<SupervisedItemInput>): SupervisedItemInput => ({
  id: 'T-P07-M1-1',
  kind: 'target',
  projectNumber: 7,
  status: 'on_track',
  due: '2025-12-31',
  leadUnit: null,
  cooperatingUnits: [],
  region: null,
  lastUpdate: '2023-12-31',
  explanation: { zh: '说明。', en: 'Why.' },
  ...over,
});
const o = {
  asOf: '2024-03-01',
  cycle: 'year' as const,
  periodStart: '2021-01-01',
  periodEnd: '2025-12-31',
};

describe('supervisionList', () => {
  it('lists overdue, at risk and not updated items, never done or up-to-date ones', () => {
    const rows = supervisionList(
      [
        item({ id: 'A', status: 'done', lastUpdate: null }),
        item({ id: 'B', status: 'on_track' }),
        item({ id: 'C', status: 'at_risk', leadUnit: 'edu-bureau', cooperatingUnits: ['finance'] }),
        item({ id: 'D', status: 'overdue', due: '2023-12-31', projectNumber: 2 }),
        item({ id: 'E', status: 'on_track', lastUpdate: '2022-12-31', kind: 'measure' }),
        item({ id: 'F', status: 'not_reported', lastUpdate: null, projectNumber: null }),
      ],
      o,
    );
    expect(rows.map((row) => [row.id, row.reasons])).toEqual([
      ['D', ['overdue']],
      ['C', ['at_risk']],
      ['E', ['not_updated']],
      ['F', ['not_updated']],
    ]);
    const [d, c, e] = rows;
    expect(d?.since).toBe('2023-12-31');
    expect(c).toMatchObject({
      since: '2023-12-31',
      leadUnit: 'edu-bureau',
      cooperatingUnits: ['finance'],
    });
    expect(e?.since).toBe('2024-01-30');
    expect(e?.explanation.zh).toBe('2023未按期报告。说明。');
    expect(e?.explanation.en).toBe('not updated for 2023. Why.');
  });

  it('gives several reasons when they hold together', () => {
    const [row] = supervisionList(
      [item({ status: 'overdue', lastUpdate: null, due: '2022-12-31' })],
      o,
    );
    expect(row?.reasons).toEqual(['overdue', 'not_updated']);
    expect(row?.explanation.zh.startsWith('逾期未完成；2023未按期报告')).toBe(true);
  });

  it('asks nothing before the first report is due', () => {
    expect(
      supervisionList([item({ status: 'not_reported', lastUpdate: null })], {
        ...o,
        asOf: '2021-06-30',
      }),
    ).toEqual([]);
  });

  it('follows the reporting cycle: a quarter not reported is not updated', () => {
    const rows = supervisionList([item({ lastUpdate: '2023-12-31' })], {
      ...o,
      asOf: '2024-05-15',
      cycle: 'quarter',
    });
    expect(rows[0]?.reasons).toEqual(['not_updated']);
    expect(rows[0]?.since).toBe('2024-04-30');
  });

  it('keeps the districts that lag on a per-旗区 target', () => {
    const [row] = supervisionList(
      [item({ status: 'at_risk', laggingRegions: ['dalad', 'uxin'] })],
      o,
    );
    expect(row?.laggingRegions).toEqual(['dalad', 'uxin']);
  });

  it('dates an overdue measure from when its overdue target fell due', () => {
    const [row] = supervisionList(
      [item({ kind: 'measure', status: 'overdue', overdueSince: '2022-12-31' })],
      o,
    );
    expect(row?.since).toBe('2022-12-31');
    expect(row?.due).toBe('2025-12-31');
  });
});
