/**
 * The length of a kernel's output array from its slot map (`{ name: index }`),
 * so the array and the names cannot drift apart.
 */
export function slotCount(slots: Readonly<Record<string, number>>): number {
  return Math.max(...Object.values(slots)) + 1;
}
