/** Who is responsible for an item (责任清单): the lead unit (牵头单位) and the cooperating ones (配合单位). */
export type Owner = { lead: string | null; cooperating: readonly string[] };

/** One row of the responsibility list as the store keeps it. */
export type ResponsibilityLike = {
  itemId: string;
  lead: string | null;
  cooperating: readonly string[];
};

/** A target as far as ownership needs: its id and the measure it is stated in, if any. */
export type OwnedTarget = { id: string; location: { measure?: string | undefined } };

/**
 * The owner of an item: its own assignment, else (for a target stated in a measure) its
 * measure's; null when nobody is assigned. The plan names no units, so every owner comes from
 * the responsibility list the bureau entered.
 */
export function ownerOf(
  itemId: string,
  responsibilities: readonly ResponsibilityLike[],
  targets: readonly OwnedTarget[],
): Owner | null {
  const byItem = new Map(responsibilities.map((row) => [row.itemId, row]));
  const own = byItem.get(itemId);
  if (own && (own.lead !== null || own.cooperating.length > 0))
    return { lead: own.lead, cooperating: own.cooperating };
  const measure = targets.find((target) => target.id === itemId)?.location.measure;
  const inherited = measure === undefined ? undefined : byItem.get(measure);
  if (inherited && (inherited.lead !== null || inherited.cooperating.length > 0))
    return { lead: inherited.lead, cooperating: inherited.cooperating };
  return null;
}

/** Whether a unit leads or cooperates on an item with this owner. */
export function unitOwns(unit: string, owner: Owner | null): boolean {
  return owner !== null && (owner.lead === unit || owner.cooperating.includes(unit));
}

/**
 * Why a token reporting for `unit` may not write on `itemId`, or undefined when it may (its unit
 * leads or cooperates on the item). A token without a unit is not confined by this check.
 */
export function unitRefusal(
  writer: { name: string; scope?: { unit?: string | undefined } | null | undefined } | undefined,
  itemId: string,
  owner: Owner | null,
): string | undefined {
  const unit = writer?.scope?.unit;
  if (unit === undefined || unitOwns(unit, owner)) return undefined;
  const assigned =
    owner === null
      ? 'has no responsible unit yet'
      : `is led by ${owner.lead ?? '(none)'}${owner.cooperating.length > 0 ? ` with ${owner.cooperating.join(', ')} cooperating` : ''}`;
  return `The token "${writer?.name}" reports for unit ${unit}; item ${itemId} ${assigned}, so unit ${unit} may not write on it.`;
}
