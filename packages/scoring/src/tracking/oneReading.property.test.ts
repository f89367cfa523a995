import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureTracking } from './measureTracking.js';
import { MeasureTracking, SupervisionItem, TargetTracking } from './schema.js';
import { supervisionList } from './supervisionList.js';
import { targetTracking } from './targetTracking.js';

// The complaint: a row said 按计划推进 beside "按现有趋势到期难以完成". One reading per row.
const years = fc.uniqueArray(fc.integer({ min: 2021, max: 2025 }), { minLength: 0, maxLength: 5 });
const kind = fc.constantFrom('level' as const, 'cumulative' as const);

describe('a tracked row carries one reading', () => {
  it('says on track only when no trend says it will be missed, at risk only when one does', () => {
    fc.assert(
      fc.property(
        kind,
        years,
        fc.array(fc.float({ min: 0, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 2022, max: 2027 }),
        (k, ys, values, asOfYear) => {
          const figures = ys.map((year, i) => ({
            date: `${year}-12-31`,
            value: values[i] as number,
            region: 'ordos',
          }));
          const row = targetTracking(
            { id: 'T-X-1', kind: k, comparator: 'gte', value: 90, deadline: { year: 2025 } },
            figures,
            { asOf: `${asOfYear}-06-30`, periodStart: '2021-01-01' },
          );
          expect(TargetTracking.safeParse(row).success).toBe(true);
          const missWords = /难以完成/;
          if (row.status === 'on_track') expect(row.explanation.zh).not.toMatch(missWords);
          if (row.status === 'at_risk') expect(row.explanation.zh).toMatch(missWords);
          if (row.daysToDeadline < 0) expect(['done', 'overdue']).toContain(row.status);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives results that fit their schemas', () => {
    const target = targetTracking(
      { id: 'T-X-1', kind: 'level', comparator: 'gte', value: 90, deadline: { year: 2025 } },
      [],
      { asOf: '2024-06-30', periodStart: '2021-01-01' },
    );
    const measure = measureTracking(
      { id: 'P01-M1', targetIds: ['T-X-1'] },
      [target],
      [{ period: '2023', status: 'at_risk', createdAt: '2024-01-02T00:00:00Z' }],
      { asOf: '2024-06-30', deadline: '2025-12-31' },
    );
    expect(MeasureTracking.parse(measure)).toEqual(measure);
    const rows = supervisionList(
      [
        {
          id: 'P01-M1',
          kind: 'measure',
          projectNumber: 1,
          status: measure.status,
          due: measure.due,
          leadUnit: null,
          cooperatingUnits: [],
          region: null,
          lastUpdate: null,
          explanation: measure.explanation,
        },
      ],
      { asOf: '2024-06-30', cycle: 'year', periodStart: '2021-01-01', periodEnd: '2025-12-31' },
    );
    expect(rows).toHaveLength(1);
    for (const row of rows) expect(SupervisionItem.parse(row)).toEqual(row);
  });
});
