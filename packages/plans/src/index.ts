// The public surface of @plan/plans: the plan file and what is built from it.
export const PLAN_FILE_FORMAT = 'plan-file/1' as const;
