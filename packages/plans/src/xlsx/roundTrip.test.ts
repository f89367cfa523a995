import type { CategoryInput } from '@plan/indicators';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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

/** The fixture with what it lacks: amendments of every kind, a subcategory, empty optional lists. */
function fixtureWithEverything(): PlanFileInput {
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
  file.amendments = [
    {
      id: 'fixture-raise-preschool',
      kind: 'target',
      indicatorId: 'fixture-preschool-enrolment-rate',
      effectiveDate: '2028-07-01',
      value: '≥97',
      reason: '中期评估后上调（虚构）',
      decidedBy: { title: '关于虚构市规划中期调整的通知（虚构）' },
    },
    {
      id: 'fixture-dual-baseline',
      kind: 'baseline',
      indicatorId: 'fixture-dual-qualified-teachers-share',
      region: 'fixture-city',
      effectiveDate: '2027-01-01',
      value: { secondary: '中职49', higher: '高职36' },
      reason: { zh: '统计口径更正（虚构）', en: 'Statistics corrected (invented)' },
      decidedBy: {
        title: '虚构市教育局通知（虚构）',
        number: '虚教发〔2027〕1号',
        date: '2026-12-20',
        url: 'https://example.org/notice',
      },
      recordedAt: '2027-01-02T08:00:00+08:00',
    },
    {
      id: 'fixture-myopia-definition',
      kind: 'definition',
      indicatorId: 'fixture-myopia-rate',
      effectiveDate: '2029-01-01',
      definition: { zh: '按新标准筛查（虚构）', en: 'Screened by the new standard (invented)' },
      name: { zh: '儿童青少年近视率', en: 'Myopia rate of children and adolescents' },
      reason: '新国家标准（虚构）',
      decidedBy: { title: '虚构文件' },
    },
  ];
  return file;
}

describe('plan → XLSX → plan', () => {
  it('gives back the fixture plan file as it was', async () => {
    expect(await roundTrip(fixturePlanFile)).toEqual(fixturePlanFile);
  });

  it('gives back amendments of every kind, subcategories and empty optional lists', async () => {
    const file = fixtureWithEverything();
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
