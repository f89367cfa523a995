import type { App, AppDeps } from '../appTypes.js';

/** Assessments (wired when @plan/scoring lands). */
export function registerAssessmentRoutes(_app: App, _deps: AppDeps) {}
