import { ordosProjects, ordosTargets } from '@plan/projects';
import {
  type PlanTracking,
  type SupervisionItem,
  TRACKING_STATUSES,
  type TrackedMeasure,
  type TrackedTarget,
  type UnitName,
} from './planTracking.types.js';

/** Two units the bureau might enter (the plan names none: these are a test's). */
export const TEST_UNITS: UnitName[] = [
  { id: 'edu-bureau', nameZh: '市教育体育局', nameEn: 'Education and Sports Bureau' },
  { id: 'finance', nameZh: '市财政局', nameEn: null },
];

const explanation = (status: string) => ({ zh: `测试：${status}`, en: `test: ${status}` });

/**
 * A tracking answer for the Ordos plan as of 2023-12-31, by hand: statuses in
 * turn, project 1's measures led by edu-bureau with finance cooperating, its
 * first measure reported, everything else unassigned. The supervision list is
 * what is overdue or at risk.
 */
export function testTracking(): PlanTracking {
  const measures: TrackedMeasure[] = ordosProjects.flatMap((project) =>
    project.measures.map((measure, index): TrackedMeasure => {
      const status =
        TRACKING_STATUSES[(project.number + index) % TRACKING_STATUSES.length] ?? 'done';
      const reported = project.number === 1 && index === 0;
      return {
        measureId: measure.id,
        status,
        reportedStatus: reported ? 'on_track' : null,
        conflict: null,
        latestReportPeriod: reported ? '2023' : null,
        percent: reported ? 60 : null,
        explanation: explanation(status),
        projectNumber: project.number,
        owner: project.number === 1 ? { lead: 'edu-bureau', cooperating: ['finance'] } : null,
        latestReport: reported
          ? {
              period: '2023',
              status: 'on_track',
              percent: 60,
              narrative: '已完成年度任务的六成，<b>示范校</b>评选进行中。',
              createdAt: '2023-12-20T08:00:00.000Z',
              reporter: 'edu-bureau-token',
              unit: 'edu-bureau',
              evidence: [
                { kind: 'file', name: '评选通知.pdf', url: null },
                { kind: 'link', name: '新闻', url: 'https://example.org/news' },
              ],
              deliverable: { done: true, date: '2023-11-30', document: '《示范校评选办法》' },
            }
          : null,
      };
    }),
  );
  const targets: TrackedTarget[] = ordosTargets.map((target, index): TrackedTarget => {
    const status = TRACKING_STATUSES[index % TRACKING_STATUSES.length] ?? 'done';
    const measure = measures.find((each) => each.measureId === target.location.measure);
    const due = `${target.deadline.year}-12-31`;
    return {
      targetId: target.id,
      status,
      aspirational: target.aspirational,
      due,
      daysToDeadline: Math.round((Date.parse(due) - Date.parse('2023-12-31')) / 86_400_000),
      latest: status === 'not_reported' ? null : { date: '2023-06-30', value: 1, region: 'ordos' },
      progress: null,
      explanation: explanation(status),
      measureId: target.location.measure ?? null,
      projectNumber: measure?.projectNumber ?? null,
      owner: measure?.owner ?? null,
    };
  });
  const supervised = (
    kind: 'target' | 'measure',
    id: string,
    item: TrackedTarget | TrackedMeasure,
  ): SupervisionItem[] =>
    item.status === 'overdue' || item.status === 'at_risk'
      ? [
          {
            id,
            kind,
            projectNumber: item.projectNumber,
            status: item.status,
            reasons: [item.status],
            since: item.status === 'overdue' ? '2023-01-01' : null,
            leadUnit: item.owner?.lead ?? null,
            cooperatingUnits: item.owner?.cooperating ?? [],
            region: null,
            lastUpdate: null,
            explanation: item.explanation,
          },
        ]
      : [];
  return {
    asOf: '2023-12-31',
    cycle: 'year',
    targets,
    measures,
    supervision: [
      ...targets.flatMap((target) => supervised('target', target.targetId, target)),
      ...measures.flatMap((measure) => supervised('measure', measure.measureId, measure)),
    ],
  };
}
