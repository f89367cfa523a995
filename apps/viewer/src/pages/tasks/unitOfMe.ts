import type { Me } from '../../api/types.js';

/**
 * The unit a signed-in token reports for (`scope.unit`, issue 15); undefined for a token
 * without one (the bureau's, a district's, a reader's).
 */
export function unitOfMe(me: Pick<Me, 'scope'> | undefined): string | undefined {
  const scope = me?.scope as { unit?: unknown } | null | undefined;
  return typeof scope?.unit === 'string' && scope.unit !== '' ? scope.unit : undefined;
}
