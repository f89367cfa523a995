import * as z from 'zod';
import { PlanFile } from './planFile.js';

/**
 * The JSON Schema of a plan file as written (defaults optional), for editors
 * and other languages. It checks the shape only: what `parsePlan` adds (the
 * printed values read against each unit, ids unique and known, lines in
 * order) a JSON Schema cannot say. The package ships it as
 * `@plan/plans/plan-file.schema.json`; `pnpm generate:schema` writes it.
 */
export function planFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanFile, { io: 'input', target: 'draft-2020-12' }),
    title: 'Plan file (plan-file/1)',
  };
}
