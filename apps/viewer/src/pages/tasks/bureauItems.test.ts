import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types.js';
import { planSummary } from '../../test/fakeApi.js';
import { bureauItems, filterBureauItems, groupByProject } from './bureauItems.js';
import { mayReportAsBureau } from './bureauScope.js';

const measures = [
  {
    id: 'P02-M1',
    projectNumber: 2,
    status: 'on_track',
    due: '2025-12-31',
    latestReportPeriod: '2023',
  },
  { id: 'P01-M1', projectNumber: 1, status: 'done', due: '2023-12-31', latestReportPeriod: null },
  {
    id: 'P01-M2',
    projectNumber: 1,
    status: 'not_reported',
    due: '2025-12-31',
    latestReportPeriod: null,
  },
] as const;
const targets = [
  { id: 'T-P02-M1-1', measureId: 'P02-M1', projectNumber: 2, status: 'overdue', due: '2023-12-31' },
  { id: 'T-P01-1', measureId: null, projectNumber: 1, status: 'at_risk', due: '2025-12-31' },
  {
    id: 'T-C3S4-2',
    measureId: null,
    projectNumber: null,
    status: 'not_reported',
    due: '2025-12-31',
  },
] as const;

describe('bureauItems', () => {
  const all = bureauItems(measures, targets, { dueId: '2023', supervised: new Set(['P01-M2']) });

  it('makes a card of every measure and of every target outside a measure', () => {
    expect(all.items.map((item) => item.id)).toEqual([
      'P02-M1',
      'P01-M1',
      'P01-M2',
      'T-P01-1',
      'T-C3S4-2',
    ]);
    expect(all.items.every((item) => item.role === null)).toBe(true);
    // Reported for the period due, done, not reported: only the last is due.
    expect(all.items.slice(0, 3).map((item) => item.reportDue)).toEqual([false, false, true]);
    expect(all.items.find((item) => item.id === 'P01-M2')?.supervised).toBe(true);
  });

  it('keeps a measure for a status one of its targets has', () => {
    const overdue = filterBureauItems(all.items, all.targetStatuses, { status: 'overdue' });
    expect(overdue.map((item) => item.id)).toEqual(['P02-M1']);
    const project1 = filterBureauItems(all.items, all.targetStatuses, { project: 1 });
    expect(project1.map((item) => item.id)).toEqual(['P01-M1', 'P01-M2', 'T-P01-1']);
  });

  it('groups by project in the plan’s order, the plan’s text last', () => {
    expect(groupByProject(all.items).map((group) => group.projectNumber)).toEqual([1, 2, null]);
  });
});

describe('mayReportAsBureau', () => {
  const me = (role: string, scope: unknown) => ({ role, scope }) as Pick<Me, 'role' | 'scope'>;
  it('is a city-scoped editor or admin without a unit', () => {
    expect(mayReportAsBureau(me('editor', null), planSummary)).toBe(true);
    expect(mayReportAsBureau(me('admin', { regions: ['ordos'] }), planSummary)).toBe(true);
    expect(mayReportAsBureau(me('editor', { regions: ['dongsheng'] }), planSummary)).toBe(false);
    expect(mayReportAsBureau(me('editor', { unit: 'u' }), planSummary)).toBe(false);
    expect(mayReportAsBureau(me('viewer', null), planSummary)).toBe(false);
  });
});
