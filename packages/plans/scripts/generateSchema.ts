// Writes plan-file.schema.json, the JSON Schema the package ships, from the
// PlanFile zod schema: `pnpm generate:schema` after changing a schema.
// planFileJsonSchema.test.ts fails while the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { planFileJsonSchema } from '../src/planFileJsonSchema.js';

const path = new URL('../plan-file.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(planFileJsonSchema(), null, 2)}\n`);
console.log('packages/plans/plan-file.schema.json');
