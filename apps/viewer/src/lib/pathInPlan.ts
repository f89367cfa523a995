import type { Succession } from '../api/types.js';

/** A plan as far as switching to or from it matters: its id and its succession links. */
type PlanLinks = { id: string; succession?: Pick<Succession, 'predecessor' | 'links'> | undefined };

/**
 * The indicators of one plan continued in another (either plan may be the
 * predecessor): an indicator id of `from` → the linked indicator id of `to`.
 */
export function linkedIndicators(from: PlanLinks, to: PlanLinks): Map<string, string> {
  const linked = new Map<string, string>();
  if (to.succession?.predecessor === from.id)
    for (const link of to.succession.links) linked.set(link.from, link.to);
  if (from.succession?.predecessor === to.id)
    for (const link of from.succession.links) linked.set(link.to, link.from);
  return linked;
}

const DETAIL = /^\/indicators\/([^/]+)\/?$/;

/** The indicator a path shows (`/indicators/{id}`), or undefined for any other page. */
export function indicatorOfPath(pathname: string): string | undefined {
  const match = DETAIL.exec(pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/**
 * Where a reader lands on switching plans: the same page, as every page exists
 * in every plan, except an indicator's page: the same indicator when the other
 * plan has it, the one it continues or is continued by, or else the list.
 */
export function pathInPlan(
  pathname: string,
  other: { indicatorIds: ReadonlySet<string>; linked: ReadonlyMap<string, string> },
): string {
  const id = indicatorOfPath(pathname);
  if (id === undefined) return pathname;
  if (other.indicatorIds.has(id)) return pathname;
  const linked = other.linked.get(id);
  return linked !== undefined && other.indicatorIds.has(linked)
    ? `/indicators/${encodeURIComponent(linked)}`
    : '/indicators';
}
