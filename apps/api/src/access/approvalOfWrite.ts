import type { Plan } from '@plan/indicators';
import type { Approval } from '@plan/observations';
import { isCityScoped, type ScopedWriter } from './tokenScope.js';

/**
 * The approval a new figure is recorded with: `submitted` when a district's (region-scoped)
 * token writes it, for the city to approve; `approved` for every other writer, whose figures
 * need no approval (as before approval existed).
 */
export function approvalOfWrite(
  writer: ScopedWriter | undefined,
  plan: Plan,
): 'submitted' | 'approved' {
  return isCityScoped(writer, plan) ? 'approved' : 'submitted';
}

/**
 * What a correction or a delete does to a figure's approval, or why it is refused:
 * - a city-scoped writer corrects as before and the figure keeps its approval (no `approval`);
 * - a district's token may not touch an approved figure (approved figures are locked: the city
 *   returns it first, 409); correcting a submitted or returned one submits it again.
 */
export function approvalOfCorrection(
  writer: ScopedWriter | undefined,
  plan: Plan,
  current: Approval,
): { approval?: 'submitted' } | { refused: string } {
  if (isCityScoped(writer, plan)) return {};
  if (current === 'approved')
    return {
      refused:
        'The figure is approved and locked: a district token cannot change it; the city returns it first (POST …/return).',
    };
  return { approval: 'submitted' };
}
