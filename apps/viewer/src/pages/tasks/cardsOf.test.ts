import { describe, expect, it } from 'vitest';
import { cardsOf } from './cardsOf.js';
import type { MyTask } from './myTasks.types.js';

const task = (id: string, kind: MyTask['kind']): MyTask => ({
  id,
  kind,
  role: 'lead',
  title: '',
  projectNumber: 6,
  status: 'overdue',
  due: '2025-12-31',
  lastUpdate: null,
  reportDue: false,
  supervised: true,
});

describe('cardsOf', () => {
  it('shows a target inside its measure’s card, not again on its own', () => {
    const measureOf = (id: string) => /^T-(P\d+-M\d+)-\d+$/.exec(id)?.[1];
    const cards = cardsOf(
      [
        task('T-P06-M3-1', 'target'),
        task('P06-M3', 'measure'),
        task('T-P07-M2-1', 'target'),
        task('T-C3S4-2', 'target'),
      ],
      (id) => (id.startsWith('T-C') ? undefined : measureOf(id)),
    );
    expect(cards.map((card) => card.id)).toEqual(['P06-M3', 'T-P07-M2-1', 'T-C3S4-2']);
  });
});
