import type { MeTask, ReportingCycle, TrackingStatus } from '../../api/tracking.js';

/**
 * GET /api/v1/me/tasks as the API answers it (its MyTasks schema): the reporting period now
 * due once for the answer, and per item whether its report for that period is still missing.
 * Read beside ../../api/tracking.ts's hand-written MeTask until that follows the API's schema.
 */
export type MyTask = Pick<MeTask, 'id' | 'kind' | 'projectNumber'> & {
  status: TrackingStatus;
  role?: 'lead' | 'cooperating' | undefined;
  title?: string;
  /** The item's deadline */
  due?: string;
  lastUpdate?: string | null;
  /** A measure with no report yet for the period now due */
  reportDue?: boolean;
  /** On the supervision list */
  supervised?: boolean;
  explanation?: { zh: string; en: string } | undefined;
};

export type MyTasks = {
  asOf?: string;
  cycle?: ReportingCycle;
  /** The reporting period now due (its report by dueBy); null before the first is due */
  due?: { id: string; start: string; end: string; dueBy: string } | null;
  items: MyTask[];
};
