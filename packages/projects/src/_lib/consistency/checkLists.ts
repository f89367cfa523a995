import { ConsistencyInputError } from '../../consistencyInputError.js';
import type { CheckResult, Context } from './context.js';
import { projectsOf, targetReading } from './readings.js';

/** Lists the plan counts as it names them (“七个一”, “三个百分百”) have as many items as they say. */
export function checkLists({ sources, targetById, need, locate }: Context): CheckResult[] {
  return sources.listClaims.map((claim) => {
    const items = claim.targetIds.map((id) =>
      need(targetById, id, 'target', `list claim "${claim.id}"`),
    );
    const offLine = items.filter((target) => target.location.line !== claim.line);
    if (offLine.length > 0) {
      throw new ConsistencyInputError(
        `list claim "${claim.id}": ${offLine.map((target) => target.id).join(', ')} not on line ${claim.line}`,
      );
    }
    return {
      check: {
        id: `C-list-${claim.id}`,
        title: { zh: claim.text, en: `${claim.text} names ${claim.count} items` },
        detail: {
          zh: `说明${claim.count}项，从中读出${items.length}个目标。`,
          en: `${claim.count} claimed, ${items.length} targets read from the list.`,
        },
      },
      findings:
        items.length === claim.count
          ? []
          : [
              {
                id: `F-list-${claim.id}`,
                kind: 'count-claim',
                severity: 'medium',
                title: {
                  zh: `${claim.text}：条目数不符`,
                  en: `${claim.text}: ${items.length} items, not ${claim.count}`,
                },
                readings: [
                  {
                    basis: 'printed',
                    text: claim.text,
                    value: claim.count,
                    location: locate(claim.line),
                  },
                  ...items.map(targetReading),
                ],
                explanation: {
                  zh: `规划称之为“${claim.text}”（${claim.count}项），但从中读出的是${items.length}项。`,
                  en: `The plan calls the list ${claim.text} but ${items.length} items are read from it.`,
                },
                indicatorIds: [],
                targetIds: claim.targetIds,
                projects: projectsOf(items),
              },
            ],
    };
  });
}
