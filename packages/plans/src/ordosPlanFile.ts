import { deepFreeze, ordosPlanInput } from '@plan/indicators';
import { ordosCatalogueInput } from '@plan/projects';
import type { DeepReadonly } from './_lib/deepReadonly.js';
import { PLAN_FILE_FORMAT, type PlanFileInput } from './planFile.js';

// Checked here against the file's input type, so a change to either package's
// Ordos data that a plan file could not carry fails to compile.
const authored = {
  format: PLAN_FILE_FORMAT,
  ...ordosPlanInput,
  projects: ordosCatalogueInput,
} satisfies DeepReadonly<PlanFileInput>;

/**
 * The built-in Ordos 2021–2025 education and sports plan as a plan file:
 * @plan/indicators' `ordosPlanInput` and @plan/projects' `ordosCatalogueInput`
 * in one JSON-plain, frozen document (no amendments, no predecessor).
 * `parsePlan(ordosPlanFile)` gives `ordosPlan` and the Ordos catalogue.
 */
export const ordosPlanFile: Readonly<PlanFileInput> = /* @__PURE__ */ deepFreeze(
  // A copy, so freezing it leaves the data modules of the other packages as they are.
  JSON.parse(JSON.stringify(authored)) as PlanFileInput,
);
