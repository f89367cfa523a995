import { describe, expect, it } from 'vitest';
import type { SupervisionItem } from '../../api/tracking.js';
import { countByReason, sortSupervision, worstReason } from './supervisionReasons.js';

function item(fields: Pick<SupervisionItem, 'id' | 'reasons'> & Partial<SupervisionItem>) {
  return {
    kind: 'measure',
    projectNumber: 1,
    status: 'overdue',
    since: null,
    leadUnit: null,
    cooperatingUnits: [],
    region: null,
    lastUpdate: null,
    explanation: { zh: '', en: '' },
    ...fields,
  } as SupervisionItem;
}

describe('worstReason', () => {
  it('colours a row by its worst reason', () => {
    expect(worstReason(['not_updated', 'overdue'])).toBe('overdue');
    expect(worstReason(['not_updated', 'at_risk'])).toBe('at_risk');
    expect(worstReason(['not_updated'])).toBe('not_updated');
  });
});

describe('sortSupervision', () => {
  it('puts overdue first, then at risk, then not updated; the oldest first within a reason', () => {
    const sorted = sortSupervision([
      item({ id: 'P02-M1', reasons: ['not_updated'], since: '2023-01-30' }),
      item({ id: 'T-P07-M1-1', reasons: ['at_risk'], since: '2024-01-01' }),
      item({ id: 'P09-M3', reasons: ['overdue'], since: '2023-12-31' }),
      item({ id: 'P01-M1', reasons: ['overdue', 'not_updated'], since: '2022-12-31' }),
      item({ id: 'P03-M1', reasons: ['not_updated'], since: null }),
    ]);
    expect(sorted.map((row) => row.id)).toEqual([
      'P01-M1',
      'P09-M3',
      'T-P07-M1-1',
      'P02-M1',
      'P03-M1',
    ]);
  });

  it('does not change the list it is given', () => {
    const list = [item({ id: 'b', reasons: ['at_risk'] }), item({ id: 'a', reasons: ['overdue'] })];
    sortSupervision(list);
    expect(list.map((row) => row.id)).toEqual(['b', 'a']);
  });
});

describe('countByReason', () => {
  it('counts each row once, under its worst reason', () => {
    expect(
      countByReason([
        item({ id: 'a', reasons: ['overdue', 'not_updated'] }),
        item({ id: 'b', reasons: ['not_updated'] }),
      ]),
    ).toEqual({ overdue: 1, at_risk: 0, not_updated: 1 });
    expect(countByReason([])).toEqual({ overdue: 0, at_risk: 0, not_updated: 0 });
  });
});
