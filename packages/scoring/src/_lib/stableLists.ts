/**
 * Lists of observations (and what is read off them) that nobody changes once
 * made: the groups `checkPlanObservations` keeps, and what is derived from them.
 * What does not depend on the as-of date (points in time order, a district's
 * base, the series from the base year) is read off such a list once and kept
 * beside it, so judging the same data on another date costs only the judging.
 * A list not marked here (a caller's array, which the caller may change) is
 * read afresh on every call, as before.
 */
const stable = new WeakSet<object>();

/** Marks a list (or an object read off one) as never changed again; returns it. */
export function markStable<T extends object>(value: T): T {
  stable.add(value);
  return value;
}

export const isStable = (value: object): boolean => stable.has(value);

/**
 * `compute()` once per stable `owner` and `key`, kept as long as `owner` lives;
 * for an owner that is not stable, `compute()` on every call.
 */
export function memoOn<V>(
  table: WeakMap<object, Map<unknown, V>>,
  owner: object,
  key: unknown,
  compute: () => V,
): V {
  if (!stable.has(owner)) return compute();
  let byKey = table.get(owner);
  if (!byKey) {
    byKey = new Map();
    table.set(owner, byKey);
  }
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const value = compute();
  // Keys name objects (a plan in force on some date): a long-lived list judged against many
  // such plans keeps only the latest few.
  if (byKey.size >= MAX_KEYS) byKey.clear();
  byKey.set(key, value);
  return value;
}

const MAX_KEYS = 64;
const ids = new WeakMap<object, number>();
let lastId = 0;

/** A number naming an object for as long as it lives, for memo keys. */
export function idOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = ++lastId;
    ids.set(value, id);
  }
  return id;
}
