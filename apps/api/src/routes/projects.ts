import type { App } from '../appTypes.js';

/** Projects, measures, targets and the consistency report (wired when @plan/projects lands). */
export function registerProjectRoutes(_app: App) {}
