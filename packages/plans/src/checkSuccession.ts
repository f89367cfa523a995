import type { PlanFileIssue } from './planFileError.js';
import type { Succession } from './succession.js';

/**
 * Checks a plan's succession against the plan itself: the predecessor is
 * another plan, every link ends at one of this plan's indicators, and an
 * indicator continues at most one indicator of the predecessor (its final
 * value becomes this plan's baseline, so two would be ambiguous). Paths are
 * relative to `succession`.
 */
export function checkSuccession(
  succession: Succession,
  plan: { id: string; indicatorIds: ReadonlySet<string> },
): PlanFileIssue[] {
  const issues: PlanFileIssue[] = [];
  if (succession.predecessor === plan.id) {
    issues.push({
      path: ['predecessor'],
      message: `"${plan.id}" is this plan's own id: the predecessor is another plan`,
    });
  }
  const linkedTo = new Map<string, string>();
  succession.links.forEach((link, index) => {
    if (!plan.indicatorIds.has(link.to)) {
      issues.push({
        path: ['links', index, 'to'],
        message: `unknown indicator "${link.to}": not an indicator of this plan`,
      });
    }
    const earlier = linkedTo.get(link.to);
    if (earlier !== undefined) {
      issues.push({
        path: ['links', index, 'to'],
        message: `"${link.to}" already continues "${earlier}" of the predecessor: an indicator continues one indicator at most`,
      });
    } else {
      linkedTo.set(link.to, link.from);
    }
  });
  return issues;
}

/**
 * Checks a plan's succession against its predecessor once that plan is known
 * (a plan registry has it; the file alone does not): the ids match and every
 * link starts at one of the predecessor's indicators. Paths are relative to
 * `succession`.
 */
export function checkSuccessionAgainst(
  succession: Succession,
  predecessor: { id: string; indicators: readonly { id: string }[] },
): PlanFileIssue[] {
  const issues: PlanFileIssue[] = [];
  if (succession.predecessor !== predecessor.id) {
    issues.push({
      path: ['predecessor'],
      message: `names "${succession.predecessor}", not "${predecessor.id}"`,
    });
  }
  const ids = new Set(predecessor.indicators.map((indicator) => indicator.id));
  succession.links.forEach((link, index) => {
    if (!ids.has(link.from)) {
      issues.push({
        path: ['links', index, 'from'],
        message: `unknown indicator "${link.from}": not an indicator of ${predecessor.id}`,
      });
    }
  });
  return issues;
}
