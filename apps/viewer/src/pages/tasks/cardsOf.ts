import type { MyTask } from './myTasks.types.js';

/**
 * The cards the page shows: every measure of the unit, and each target of the unit that is not
 * already shown inside one of those measures' cards (a target inherits its measure's owner, so
 * the API lists both). The API's order (worst status first) is kept.
 */
export function cardsOf(
  items: readonly MyTask[],
  measureOfTarget: (targetId: string) => string | undefined,
): MyTask[] {
  const measures = new Set(items.filter((item) => item.kind === 'measure').map((item) => item.id));
  return items.filter((item) => {
    if (item.kind === 'measure') return true;
    const measure = measureOfTarget(item.id);
    return measure === undefined || !measures.has(measure);
  });
}
