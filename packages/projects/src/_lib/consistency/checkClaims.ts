import type { PrintedReading } from '../../schema/consistencyFinding.js';
import type { CheckResult, Context } from './context.js';
import { derived } from './readings.js';

/**
 * The plan's count of its own contents (附表1 说明: 20个项目工程共包含22个实施方案95项工作举措)
 * against the projects and measures actually printed; nothing to check for a
 * plan that states no such count.
 */
export function checkClaims({ projects, sources, locate }: Context): CheckResult[] {
  const { claim } = sources;
  if (!claim) return [];
  const claimReading = (value: number): PrintedReading => ({
    basis: 'printed',
    text: claim.text,
    printedValue: String(value),
    value,
    location: locate(claim.line),
  });
  const measures = projects.flatMap((project) => project.measures);
  const numbered = measures.filter((measure) => measure.number !== null).length;
  // The plan never lists its 实施方案; the documents the measures name are the nearest count.
  const documents = measures.flatMap((measure) => measure.text.match(/《[^》]*》/g) ?? []);
  const plansNamed = documents.filter((title) => title.includes('方案')).length;
  const difference = claim.measures - measures.length;

  return [
    {
      check: {
        id: 'C-claim-projects',
        title: {
          zh: '项目数与附表1的说明核对',
          en: 'The number of projects against 附表1’s count',
        },
        detail: {
          zh: `附表1说明${claim.projects}个项目，实有${projects.length}个。`,
          en: `附表1 counts ${claim.projects} projects; the catalogue has ${projects.length}.`,
        },
      },
      findings:
        projects.length === claim.projects
          ? []
          : [
              {
                id: 'F-claim-projects',
                kind: 'count-claim',
                severity: 'high',
                title: {
                  zh: `项目数：附表1说明${claim.projects}个，实有${projects.length}个`,
                  en: `Projects: ${claim.projects} claimed, ${projects.length} found`,
                },
                readings: [
                  claimReading(claim.projects),
                  derived(
                    `共有${projects.length}个项目`,
                    `${projects.length} projects`,
                    projects.length,
                  ),
                ],
                explanation: {
                  zh: `附表1说明${claim.projects}个项目，专栏中实有${projects.length}个，两者不符。`,
                  en: 'The projects found do not match the count 附表1 states.',
                },
                indicatorIds: [],
                targetIds: [],
                projects: [],
              },
            ],
    },
    {
      check: {
        id: 'C-claim-measures',
        title: {
          zh: '工作举措数与附表1的说明核对',
          en: 'The number of measures against 附表1’s count',
        },
        detail: {
          zh: `附表1说明${claim.measures}项工作举措；专栏中共有${measures.length}段，其中${numbered}段印有序号。`,
          en: `附表1 counts ${claim.measures} measures (工作举措); the boxes hold ${measures.length} paragraphs, ${numbered} of them numbered.`,
        },
      },
      findings:
        difference === 0
          ? []
          : [
              {
                id: 'F-claim-measures',
                kind: 'count-claim',
                severity: 'medium',
                title: {
                  zh: `工作举措数：附表1说明${claim.measures}项，专栏中实有${measures.length}段`,
                  en: `Measures: ${claim.measures} claimed in 附表1, ${measures.length} paragraphs in the boxes`,
                },
                readings: [
                  claimReading(claim.measures),
                  derived(
                    `${projects.length}个专栏中共有${measures.length}段工作举措`,
                    `${measures.length} measure paragraphs in the ${projects.length} boxes`,
                    measures.length,
                  ),
                  derived(
                    `其中印有序号的${numbered}段`,
                    `${numbered} of them with a printed number (（1）, （2）…)`,
                    numbered,
                  ),
                ],
                explanation: {
                  zh: `逐段计数，专栏中共有${measures.length}项工作举措，比附表1所说的${claim.measures}项${difference > 0 ? '少' : '多'}${Math.abs(difference)}项。`,
                  en: `Counted paragraph by paragraph, the boxes hold ${measures.length} measures, ${Math.abs(difference)} ${difference > 0 ? 'fewer' : 'more'} than the claim.`,
                },
                indicatorIds: [],
                targetIds: [],
                projects: [],
              },
            ],
    },
    {
      check: {
        id: 'C-claim-implementation-plans',
        title: {
          zh: '实施方案数与附表1的说明核对',
          en: 'The number of implementation plans against 附表1’s count',
        },
        detail: {
          zh: `附表1说明${claim.implementationPlans}个实施方案；工作举措中提及文件${documents.length}份，其中名为“方案”的${plansNamed}份。`,
          en: `附表1 counts ${claim.implementationPlans} 实施方案; the measures name ${documents.length} documents, ${plansNamed} of them titled …方案.`,
        },
      },
      findings:
        plansNamed === claim.implementationPlans
          ? []
          : [
              {
                id: 'F-claim-implementation-plans',
                kind: 'count-claim',
                severity: 'low',
                title: {
                  zh: `实施方案数：附表1说明${claim.implementationPlans}个，无从核对`,
                  en: `Implementation plans: ${claim.implementationPlans} claimed, and no list to check them against`,
                },
                readings: [
                  claimReading(claim.implementationPlans),
                  derived(
                    `工作举措中提及文件${documents.length}份，其中名为“方案”的${plansNamed}份`,
                    `The measures name ${documents.length} documents (《…》), ${plansNamed} of them titled …方案`,
                    plansNamed,
                  ),
                ],
                explanation: {
                  zh: `规划没有列出其实施方案；工作举措中提及的文件无论怎样计数都得不到${claim.implementationPlans}个，因此这一数字无从核对。`,
                  en: 'The plan never lists its 实施方案 (implementation plans), and no count of the documents its measures name gives the claimed number, so the claim cannot be checked.',
                },
                indicatorIds: [],
                targetIds: [],
                projects: [],
              },
            ],
    },
  ];
}
