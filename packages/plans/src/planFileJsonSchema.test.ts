import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ordosPlanFile } from './ordosPlanFile.js';
import { planFileJsonSchema } from './planFileJsonSchema.js';
import { fixturePlanFile } from './testing/fixturePlanFile.js';

const shipped = JSON.parse(
  readFileSync(new URL('../plan-file.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let compiled: ValidateFunction | undefined;
/** The shipped schema compiled by ajv, once (it takes a second or two). */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    compiled = ajv.compile(shipped);
  }
  return compiled;
}

describe('plan-file.schema.json', () => {
  it('is the JSON Schema of PlanFile as it stands (run `pnpm generate:schema` when this fails)', () => {
    expect(shipped).toEqual(planFileJsonSchema());
  });

  it('accepts the Ordos plan file', () => {
    const validate = validator();
    expect(validate(ordosPlanFile), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the fixture plan file', () => {
    const validate = validator();
    expect(
      validate(JSON.parse(JSON.stringify(fixturePlanFile))),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it('refuses a file without its format or with a field it does not know', () => {
    const validate = validator();
    const { format: _format, ...withoutFormat } = fixturePlanFile;
    expect(validate(withoutFormat)).toBe(false);
    expect(validate({ ...fixturePlanFile, colour: 'blue' })).toBe(false);
  });
});
