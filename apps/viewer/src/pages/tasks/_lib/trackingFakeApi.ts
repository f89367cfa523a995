import { ordosProjects, ordosTargets } from '@plan/projects';
import type { MeasureReport, SupervisionItem, Unit } from '../../../api/tracking.js';
import type { Me } from '../../../api/types.js';
import { installFakeApi, json, observation } from '../../../test/fakeApi.js';
import type { MyTask } from '../myTasks.types.js';

// Invented for the tests: the plan names no responsible units (the bureau enters them).
export const unit: Unit = {
  id: 'test-unit-a',
  nameZh: '测试单位甲',
  nameEn: 'Test unit A',
  createdAt: '2024-01-02T00:00:00.000Z',
  createdBy: 'admin',
};

/** The tokens the tests sign in with, and what GET /api/v1/me says of each. */
export const trackingTokens = {
  unit: {
    token: 'unit-token-0123456789',
    me: { name: '测试单位甲', role: 'editor', scope: { unit: unit.id } } as unknown as Me,
  },
  districtUnit: {
    token: 'district-unit-token-0123456789',
    me: {
      name: '东胜区测试单位',
      role: 'editor',
      scope: { unit: unit.id, regions: ['dongsheng'] },
    } as unknown as Me,
  },
  city: {
    token: 'city-editor-token-0123456789',
    me: { name: '市教育局', role: 'editor', scope: { regions: ['ordos'] } } as Me,
  },
  /** A district's editor without a unit: sends its figures, not the city's measure reports. */
  district: {
    token: 'district-editor-token-0123456789',
    me: { name: '东胜区教育局', role: 'editor', scope: { regions: ['dongsheng'] } } as Me,
  },
};

/** The unit's two measures (GET /api/v1/me/tasks items): one without targets (a document to issue), one with two cumulative targets. */
export const tasks: MyTask[] = [
  {
    id: 'P05-M1',
    kind: 'measure',
    role: 'lead',
    title: '制定《鄂尔多斯市家校社共育实施方案》',
    projectNumber: 5,
    status: 'not_reported',
    due: '2025-12-31',
    lastUpdate: null,
    reportDue: true,
    supervised: true,
  },
  {
    id: 'P06-M3',
    kind: 'measure',
    role: 'cooperating',
    title: '强化心理健康教育',
    projectNumber: 6,
    status: 'at_risk',
    due: '2025-12-31',
    lastUpdate: '2023-01-10T08:00:00.000Z',
    reportDue: false,
    supervised: false,
  },
  {
    // Inherited from its measure: the API lists it too; the page shows it inside the measure.
    id: 'T-P06-M3-1',
    kind: 'target',
    role: 'cooperating',
    title: '到2025年，完成自治区课题3项',
    projectNumber: 6,
    status: 'at_risk',
    due: '2025-12-31',
    lastUpdate: '2023-12-31',
    reportDue: false,
    supervised: true,
  },
];

/** A stored report as the API answers POST …/reports. */
export function storedReport(measureId: string, body: Record<string, unknown>): MeasureReport {
  return {
    period: String(body.period),
    status: body.status as MeasureReport['status'],
    narrative: String(body.narrative),
    percent: (body.percent as number | undefined) ?? null,
    deliverable: (body.deliverable as MeasureReport['deliverable']) ?? null,
    id: 'report-1',
    measureId,
    unit: unit.id,
    reporter: '测试单位甲',
    reporterId: 'token-1',
    createdAt: '2024-06-30T08:00:00.000Z',
    evidence: [],
  };
}

const unauthorized = () =>
  json({ title: 'Unauthorized', status: 401, detail: 'Unknown token.' }, 401);

/** Which token a request carries. */
function tokenOf(init: RequestInit | undefined) {
  const header = new Headers(init?.headers).get('authorization');
  return Object.values(trackingTokens).find((entry) => header === `Bearer ${entry.token}`);
}

/**
 * The fake API with the tracking reads of COORD15: tasks for a unit's token (400 for one
 * without a unit), targets and measures with their status, the units, the supervision list.
 * `extra` handlers come first.
 */
export function installTrackingApi(
  extra: Parameters<typeof installFakeApi>[1] = {},
  options: { supervision?: SupervisionItem[] } = {},
) {
  return installFakeApi(
    [observation({ indicatorId: 'preschool-enrolment-rate', year: 2020, value: 98.5 })],
    {
      'GET /api/v1/me': ({ init }) => tokenOf(init)?.me ?? unauthorized(),
      'GET /api/v1/me/tasks': ({ init }) => {
        const known = tokenOf(init);
        if (!known) return unauthorized();
        if (!(known.me.scope as { unit?: string } | null)?.unit)
          return json(
            { title: 'Bad Request', status: 400, detail: 'This token reports for no unit.' },
            400,
          );
        return {
          asOf: '2024-06-30',
          unit,
          cycle: 'year',
          due: { id: '2023', start: '2023-01-01', end: '2023-12-31', dueBy: '2024-01-30' },
          items: tasks,
        };
      },
      'GET /api/v1/reporting-cycle': () => ({ cycle: 'year' }),
      'GET /api/v1/units': () => ({ items: [unit] }),
      'GET /api/v1/targets': () => ({
        items: ordosTargets.map((target) => ({
          ...target,
          status: target.id === 'T-P06-M3-1' ? 'at_risk' : 'not_reported',
          due: `${target.deadline.year}-12-31`,
          daysToDeadline: 500,
          latest:
            target.id === 'T-P06-M3-1' ? { date: '2023-12-31', value: 3, region: 'ordos' } : null,
          progress: null,
          projectedAtDeadline: null,
          basis: target.indicatorId ? 'indicator' : 'own-figures',
          explanation: { zh: '说明', en: 'why' },
          measureId: target.location.measure ?? null,
          projectNumber: target.location.box ?? null,
          owner: null,
        })),
      }),
      'GET /api/v1/measures': () => ({
        items: ordosProjects.flatMap((project) =>
          project.measures.map((measure) => ({
            id: measure.id,
            status: measure.id === 'P06-M3' ? 'at_risk' : 'not_reported',
            due: '2025-12-31',
            derivedFrom: 'none',
            reportedStatus: null,
            conflict: null,
            latestReportPeriod: measure.id === 'P06-M3' ? '2022' : null,
            percent: null,
            explanation: { zh: '尚无进展报告。', en: 'No report yet.' },
            projectNumber: project.number,
            owner:
              measure.id === 'P05-M1'
                ? { lead: unit.id, cooperating: [] }
                : measure.id === 'P06-M3'
                  ? { lead: null, cooperating: [unit.id] }
                  : null,
            latestReport:
              measure.id === 'P06-M3'
                ? storedReport('P06-M3', {
                    period: '2022',
                    status: 'on_track',
                    narrative: '已立项心理健康课题两项。',
                  })
                : null,
          })),
        ),
      }),
      'GET /api/v1/supervision': () => ({ items: options.supervision ?? [] }),
      ...extra,
    },
  );
}

/** Signs a token in for the tab, as the sign-in form does. */
export function signInWith(entry: { token: string; me: Me }) {
  sessionStorage.setItem(
    'plan.viewer.session',
    JSON.stringify({ token: entry.token, name: entry.me.name, role: entry.me.role }),
  );
}
