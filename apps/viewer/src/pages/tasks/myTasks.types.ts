import type { ApiMyTasks } from '@plan/api/client';

/**
 * GET /api/v1/me/tasks as the API answers it (its MyTasks schema, from the generated client):
 * the reporting period now due once for the answer, and per item its role, deadline, whether
 * its report for that period is still missing and whether it is on the supervision list.
 */
export type MyTasks = ApiMyTasks;
export type MyTask = ApiMyTasks['items'][number];

/**
 * What a card shows of an item: a unit's task, or (the bureau's mode) any measure or target of
 * the plan, which has no role because the bureau is not one of its units.
 */
export type TaskItem = Pick<
  MyTask,
  'id' | 'kind' | 'projectNumber' | 'status' | 'due' | 'reportDue' | 'supervised'
> & { role: MyTask['role'] | null };
