import { ordosPlanInput } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { fixturePlanFile } from '../testing/fixturePlanFile.js';
import { readPlanWorkbook } from './readPlanWorkbook.js';
import { writePlanWorkbook } from './writePlanWorkbook.js';

const roundTrip = async (file: Parameters<typeof writePlanWorkbook>[0]) => {
  const result = await readPlanWorkbook(await writePlanWorkbook(file));
  if ('issues' in result) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.file;
};

describe('plan → XLSX → plan', () => {
  it('gives back the fixture plan file as it was', async () => {
    expect(await roundTrip(fixturePlanFile)).toEqual(fixturePlanFile);
  });

  it('gives back the Ordos indicator tables as they were', async () => {
    const file = { format: 'plan-file/1' as const, ...structuredClone(ordosPlanInput) };
    expect(await roundTrip(file as never)).toEqual(file);
  });
});
