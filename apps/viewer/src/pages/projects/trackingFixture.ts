import { ordosPlan } from '@plan/indicators';
import { ordosProjects, ordosTargets } from '@plan/projects';
import type {
  LatestMeasureReport,
  MeasureTrackingItem,
  TargetTrackingItem,
  TrackingStatus,
  Unit,
} from '../../api/tracking.js';

// Fake answers of the tracking reads (GET /targets?asOf, /measures?asOf, /units) for the
// page tests: invented units and reports, never the plan's (it names no units).

export const fixtureUnits: Unit[] = [
  {
    id: 'basic-education',
    nameZh: '市教育局基础教育科',
    nameEn: 'Basic Education Section',
    createdAt: '2024-01-02T00:00:00.000Z',
    createdBy: 'admin',
  },
  {
    id: 'finance-bureau',
    nameZh: '市财政局',
    nameEn: null,
    createdAt: '2024-01-02T00:00:00.000Z',
    createdBy: 'admin',
  },
];

const explain = (status: TrackingStatus) => ({
  zh: `说明：${status}`,
  en: `Explanation: ${status}`,
});

/** The statuses the fixture gives to named targets; the rest are overdue before 2024, else not reported. */
const targetStatuses: Record<string, TrackingStatus> = {
  'T-P08-M1-1': 'on_track',
  'T-P08-M1-2': 'at_risk',
  'T-P08-M2-1': 'not_reported',
};

/** A per-旗区 target's districts: the first three meet it, the fourth fell short, the rest sent nothing. */
export function fixtureByRegion() {
  return ordosPlan.regions
    .filter((region) => region.parent === ordosPlan.subjectRegion)
    .map((region, index) => ({
      region: region.id,
      value: index < 4 ? (index < 3 ? 1 : 0) : null,
      met: index < 4 ? index < 3 : null,
    }));
}

export function fixtureTargets(asOf = '2024-06-30'): TargetTrackingItem[] {
  return ordosTargets.map((target) => {
    const status =
      targetStatuses[target.id] ??
      (target.deadline.year < Number(asOf.slice(0, 4)) ? 'overdue' : 'not_reported');
    const due = target.deadline.date ?? `${target.deadline.year}-12-31`;
    const days = Math.round((Date.parse(due) - Date.parse(asOf)) / 86_400_000);
    const projectNumber = target.location.box ?? null;
    return {
      ...target,
      targetId: target.id,
      status,
      due,
      daysToDeadline: days,
      latest: status === 'not_reported' ? null : { date: '2023-12-31', value: 1, region: 'ordos' },
      progress: null,
      projectedAtDeadline: null,
      basis: target.indicatorId ? 'indicator' : 'own-figures',
      explanation: explain(status),
      measureId: target.location.measure ?? null,
      projectNumber,
      // A target's own assignment, differing from its measure's (which has none).
      owner: target.id === 'T-P08-M2-1' ? { lead: 'finance-bureau', cooperating: [] } : null,
      ...(target.id === 'T-P01-M4-1' ? { byRegion: fixtureByRegion() } : {}),
    };
  });
}

export const fixtureReport: LatestMeasureReport = {
  id: 'report-1',
  period: '2023',
  status: 'on_track',
  percent: 60,
  narrative: `全市新建改扩建公办幼儿园12所，${'普惠性学前教育资源持续扩大，'.repeat(10)}完成年度任务。`,
  unit: 'basic-education',
  reporter: '基础教育科张三',
  createdAt: '2024-01-15T08:00:00.000Z',
  evidence: [
    {
      id: 'ev-file-1',
      kind: 'file',
      name: '2023年学前教育工作总结.pdf',
      url: null,
    },
    {
      id: 'ev-link-1',
      kind: 'link',
      name: '市政府公告',
      url: 'https://example.org/notice',
    },
  ],
};

export function fixtureMeasures(): MeasureTrackingItem[] {
  return ordosProjects.flatMap((project) =>
    project.measures.map((measure): MeasureTrackingItem => {
      const latestDue = measure.targetIds
        .map((id) => ordosTargets.find((target) => target.id === id)?.deadline.year ?? 2025)
        .reduce((last, year) => Math.max(last, year), 0);
      const base = {
        id: measure.id,
        projectNumber: project.number,
        text: measure.text,
        summary: measure.summary,
        targetIds: measure.targetIds,
        due: `${latestDue || 2025}-12-31`,
        deliverableDone: null,
        derivedFrom: 'none' as const,
        reportedStatus: null,
        conflict: null,
        latestReportPeriod: null,
        percent: null,
        owner: null,
        latestReport: null,
      };
      if (measure.id === 'P08-M1')
        return {
          ...base,
          status: 'on_track',
          derivedFrom: 'targets',
          reportedStatus: 'on_track',
          latestReportPeriod: '2023',
          percent: 60,
          owner: { lead: 'basic-education', cooperating: ['finance-bureau'] },
          latestReport: fixtureReport,
          explanation: explain('on_track'),
        };
      if (measure.id === 'P08-M2')
        return {
          ...base,
          status: 'at_risk',
          derivedFrom: 'targets',
          reportedStatus: 'done',
          conflict: {
            zh: '上报为已完成，但目标“通过国家评估认定”尚未达到',
            en: 'Reported done, but its target is not met',
          },
          explanation: explain('at_risk'),
        };
      return { ...base, status: 'not_reported', explanation: explain('not_reported') };
    }),
  );
}

/** Extra handlers for installFakeApi: the tracking reads of the default plan. */
export function trackingHandlers(asOf = '2024-06-30') {
  return {
    'GET /api/v1/targets': ({ url }: { url: URL }) =>
      url.searchParams.get('asOf')
        ? { items: fixtureTargets(url.searchParams.get('asOf') ?? asOf) }
        : { items: ordosTargets },
    'GET /api/v1/measures': () => ({ items: fixtureMeasures() }),
    'GET /api/v1/units': () => ({ items: fixtureUnits }),
  };
}
