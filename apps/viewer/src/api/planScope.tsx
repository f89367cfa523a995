import { createContext, type ReactNode, useContext } from 'react';

/**
 * The URL parameter naming the plan a page shows (`?plan=<id>`). Without it
 * the viewer shows the API's default plan through the paths without
 * `/plans/{planId}` (the API's aliases), so every link made before there were
 * several plans still opens what it opened.
 */
export const PLAN_PARAM = 'plan';

/** The chosen plan's id; null for the default plan. */
export type PlanId = string | null;

// As GET /api/v1/plans lists them: a slug (letters, digits, dots, dashes and underscores).
const PLAN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** The plan a URL names, or null (the default plan) when it names none or a malformed one. */
export function planIdFrom(params: URLSearchParams): PlanId {
  const id = params.get(PLAN_PARAM);
  return id && PLAN_ID.test(id) ? id : null;
}

/**
 * The one place API paths are built: `/indicators` of a plan is
 * `/api/v1/plans/{planId}/indicators`, of the default plan `/api/v1/indicators`.
 */
export function apiPath(planId: PlanId, path: `/${string}`): string {
  return planId === null ? `/api/v1${path}` : `${plansPath(planId)}${path}`;
}

/** GET /api/v1/plans lists the plans; GET /api/v1/plans/{planId} gives one as its plan file. */
export function plansPath(planId?: string): string {
  return planId === undefined ? '/api/v1/plans' : `/api/v1/plans/${encodeURIComponent(planId)}`;
}

const PlanScope = createContext<PlanId>(null);

/** Gives the pages below it the plan the URL names (the layout reads it once). */
export function PlanScopeProvider({ planId, children }: { planId: PlanId; children: ReactNode }) {
  return <PlanScope.Provider value={planId}>{children}</PlanScope.Provider>;
}

/** The plan the pages read from: the URL's, or null (the default plan) outside the layout. */
export function usePlanId(): PlanId {
  return useContext(PlanScope);
}
