// Reports: their kinds and time bases, the default as-of day, and drafts of their written sections.
export { type DefaultAsOf, type DefaultAsOfRule, defaultAsOf } from './defaultAsOf.js';
export { draftNarrative } from './draftNarrative.js';
export { NarrativeDraftInput } from './narrativeDraftInput.js';
export {
  type NarrativeSection,
  narrativeSectionLabels,
  narrativeSections,
  type ReportKind,
  reportKindLabels,
  reportKinds,
} from './reportKinds.js';
export { type PlanDays, planDays, type ReportTimeBase, reportTimeBase } from './reportTimeBase.js';
