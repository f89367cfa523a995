/** Per cent, as the plan prints it (`%`). */
export const percent = { zh: '%', en: '%' };

/** 个百分点: a change in a percentage. */
export const percentagePoints = { zh: '个百分点', en: 'percentage points' };
