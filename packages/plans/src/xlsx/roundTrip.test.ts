import type { CategoryInput } from '@plan/indicators';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  inventedDocument,
  raiseMyopiaTarget,
  redefineFitness,
  reviseMyopiaTargetAgain,
  reviseRatioBaseline,
  splitTeachersTarget,
} from '../amendments/_test/inventedAmendments.js';
import { ordosPlanFile } from '../ordosPlanFile.js';
import type { PlanFileInput } from '../planFile.js';
import { fixturePlanFile } from '../testing/fixturePlanFile.js';
import { readPlanWorkbook } from './readPlanWorkbook.js';
import { writePlanWorkbook } from './writePlanWorkbook.js';

const roundTrip = async (file: PlanFileInput | typeof ordosPlanFile) => {
  const result = await readPlanWorkbook(await writePlanWorkbook(file));
  if ('issues' in result) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.file;
};

/** The fixture with what it lacks: a subcategory and empty optional lists. */
function fixtureWithSubcategory(): PlanFileInput {
  const file = structuredClone(fixturePlanFile) as PlanFileInput & Record<string, unknown>;
  const [education] = file.tables;
  if (!education) throw new Error('the fixture has no table');
  const basic = education.categories[0] as CategoryInput | undefined;
  if (!basic) throw new Error('the fixture has no category');
  basic.children = [
    {
      id: 'fixture-preschool',
      printed: '学前教育',
      name: { zh: '学前教育', en: 'Preschool education' },
      children: [],
    },
  ];
  const [first] = education.indicators;
  if (!first) throw new Error('the fixture has no indicator');
  first.categoryPath = ['fixture-basic-education', 'fixture-preschool'];
  first.notes = [];
  return file;
}

// Each test writes and reads whole workbooks with exceljs: seconds of CPU on a busy two-core machine.
const WORKBOOK_TESTS = { timeout: 60_000 };

describe('plan → XLSX → plan', WORKBOOK_TESTS, () => {
  it('gives back the fixture plan file as it was', async () => {
    expect(await roundTrip(fixturePlanFile)).toEqual(fixturePlanFile);
  });

  it('gives back subcategories and empty optional lists', async () => {
    const file = fixtureWithSubcategory();
    expect(await roundTrip(file)).toEqual(file);
  });

  it('gives back amendments of every kind: a reason as text or in two languages, one text per part', async () => {
    const file = {
      ...structuredClone(ordosPlanFile),
      amendments: [
        raiseMyopiaTarget,
        reviseMyopiaTargetAgain,
        { ...reviseRatioBaseline, recordedAt: '2023-01-02T08:00:00+08:00' },
        splitTeachersTarget,
        {
          ...redefineFitness,
          decidedBy: { ...inventedDocument, url: 'https://example.org/notice' },
        },
      ],
    };
    expect(await roundTrip(file)).toEqual(file);
  });

  it('gives back region scopes: subject-only without additive, additive true and false', async () => {
    const file = structuredClone(fixturePlanFile) as PlanFileInput;
    const reason = { zh: '我们的解读。', en: 'Our reading.' };
    const [first, second, third] = file.tables[0]?.indicators ?? [];
    if (!first || !second || !third) throw new Error('the fixture has fewer than three indicators');
    first.regionScope = { judged: 'subject-only', reason };
    second.regionScope = { judged: 'each-region', additive: true, reason };
    third.regionScope = { judged: 'each-region', additive: false };
    expect(await roundTrip(file)).toEqual(file);
  });

  it('gives back the Ordos plan file (tables, projects, measures, targets) as it was', async () => {
    expect(await roundTrip(ordosPlanFile)).toEqual(ordosPlanFile);
  });

  it('writes every field of the Ordos plan and the fixture in a column of its own, none as JSON', async () => {
    for (const file of [ordosPlanFile, fixturePlanFile]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await writePlanWorkbook(file)) as never);
      const extras: string[] = [];
      for (const sheet of workbook.worksheets.slice(1)) {
        const plan = sheet.name === '规划 Plan';
        let extraColumn = 3;
        if (!plan) {
          sheet.getRow(1).eachCell((cell, index) => {
            if (cell.value === '其他 extra') extraColumn = index;
          });
        }
        sheet.eachRow((row, number) => {
          if (number === 1 || (plan && row.getCell(2).value !== 'extra')) return;
          const extra = row.getCell(extraColumn).value;
          if (extra !== null) extras.push(`${sheet.name} row ${number}: ${String(extra)}`);
        });
      }
      expect(extras).toEqual([]);
    }
  });
});
