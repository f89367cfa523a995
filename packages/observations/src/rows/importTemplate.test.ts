import { ordosPlan } from '@plan/indicators';
import { ordosTargets } from '@plan/projects';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from './_lib/encodeGb18030.js';
import { idOfName } from './_lib/importNames.js';
import { importTemplate } from './importTemplate.js';
import { readObservationRows } from './readObservationRows.js';

const plan = { ...ordosPlan, targets: ordosTargets };
const HEADERS = ['指标名称', '目标编号', '地区', '年份', '日期', '数值', '来源', '备注'];
const read = (bytes: Uint8Array, format: 'csv' | 'xlsx') =>
  readObservationRows(plan, bytes, format, { source: 'import' });

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's column from row 2 down, to its last filled cell. */
function columnValues(sheet: ExcelJS.Worksheet, column: string): string[] {
  const values: string[] = [];
  sheet.getColumn(column).eachCell((cell, row) => {
    if (row > 1 && cell.value !== null && cell.value !== '') values.push(String(cell.value));
  });
  return values;
}

describe('importTemplate', () => {
  it('writes a workbook whose first sheet the import reads: the Chinese headers and no row', async () => {
    const template = await importTemplate(plan, { format: 'xlsx' });
    expect(template).toMatchObject({
      filename: 'observations-template.xlsx',
      displayName: '数据导入模板.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      rows: 0,
    });
    const workbook = await workbookOf(template.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['数据', '说明', '列表']);
    const data = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const back = await read(template.bytes, 'xlsx');
    expect(back.problems).toEqual([
      {
        row: 0,
        column: '',
        problem: 'the file has a header but no rows',
        problemZh: '文件只有表头，没有数据行',
      },
    ]);
  });

  it('gives drop-down lists of the plan’s indicator names, targets and regions, each read back as its id', async () => {
    const workbook = await workbookOf((await importTemplate(plan, { format: 'xlsx' })).bytes);
    const data = workbook.getWorksheet('数据') as ExcelJS.Worksheet;
    const lists = workbook.getWorksheet('列表') as ExcelJS.Worksheet;
    const indicators = columnValues(lists, 'A');
    const regions = columnValues(lists, 'F');
    const targets = columnValues(lists, 'I');
    expect(indicators).toHaveLength(ordosPlan.indicators.length);
    expect(regions).toEqual(ordosPlan.regions.map((region) => region.name.zh));
    expect(targets).toEqual(
      ordosTargets.filter((target) => !target.indicatorId).map((target) => target.id),
    );
    expect(indicators).toContain('学前三年入园率');
    // 在校生规模 names two indicators: the list gives their ids.
    expect(indicators).not.toContain('在校生规模');
    expect(indicators).toContain('secondary-vocational-enrolment');
    const ids = columnValues(lists, 'B');
    indicators.forEach((entry, at) => {
      expect(idOfName(plan, 'indicator', entry)).toEqual({ id: ids[at] });
    });
    const regionIds = columnValues(lists, 'G');
    regions.forEach((entry, at) => {
      expect(idOfName(plan, 'region', entry)).toEqual({ id: regionIds[at] });
    });
    expect(data.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`'列表'!$A$2:$A$${indicators.length + 1}`],
    });
    expect(data.getCell('B500').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`'列表'!$I$2:$I$${targets.length + 1}`],
    });
    expect(data.getCell('C1001').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`'列表'!$F$2:$F$${regions.length + 1}`],
    });
    expect(data.getCell('D2').dataValidation).toMatchObject({ type: 'whole' });
  });

  it('explains itself in Chinese and English on the sheet 说明', async () => {
    const workbook = await workbookOf((await importTemplate(plan, { format: 'xlsx' })).bytes);
    const notes = workbook.getWorksheet('说明') as ExcelJS.Worksheet;
    expect(notes.getCell('A1').value).toBe('说明');
    expect(notes.getCell('B1').value).toBe('Instructions');
    expect(notes.rowCount).toBeGreaterThan(5);
    expect(String(notes.getCell('A2').value)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prefills a district’s rows, skipped on import until filled in, then read as that district’s figures', async () => {
    const template = await importTemplate(plan, { format: 'xlsx', region: '东胜区' });
    expect(template.filename).toBe('observations-template-dongsheng.xlsx');
    expect(template.displayName).toBe('数据导入模板（东胜区）.xlsx');
    const perRegion = ordosPlan.indicators.filter(
      (indicator) => indicator.regionScope?.judged !== 'subject-only',
    );
    expect(template.rows).toBe(perRegion.length);
    expect(perRegion.length).toBeLessThan(ordosPlan.indicators.length);
    const unfilled = await read(template.bytes, 'xlsx');
    expect(unfilled.blankRows).toBe(template.rows);
    expect(unfilled.observations).toEqual([]);

    const workbook = await workbookOf(template.bytes);
    const data = workbook.getWorksheet('数据') as ExcelJS.Worksheet;
    const row = data.getColumn('A').values.indexOf('中小学生近视眼率');
    data.getCell(`D${row}`).value = 2023;
    data.getCell(`F${row}`).value = 55.4;
    const filled = await read(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx');
    expect(filled.problems).toEqual([]);
    expect(filled.observations).toEqual([
      expect.objectContaining({
        indicatorId: 'student-myopia-rate',
        region: 'dongsheng',
        value: 55.4,
        year: 2023,
      }),
    ]);
  });

  it('prefills targets’ rows in the district or the city, and refuses an unknown target or region', async () => {
    const template = await importTemplate(plan, {
      format: 'csv-utf8',
      targets: ['T-C2S3-6', 't-c2s3-7'],
    });
    expect(template.filename).toBe('observations-template-targets.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(template.bytes);
    expect(text).toBe(
      '\uFEFF指标名称,目标编号,地区,年份,日期,数值,来源,备注\r\n' +
        ',T-C2S3-6,鄂尔多斯市,,,,,\r\n,T-C2S3-7,鄂尔多斯市,,,,,\r\n',
    );
    const inDalad = await importTemplate(plan, {
      format: 'csv-utf8',
      targets: ['T-C2S3-6'],
      region: 'dalad',
    });
    expect(new TextDecoder().decode(inDalad.bytes)).toContain(',T-C2S3-6,达拉特旗,');
    await expect(importTemplate(plan, { format: 'xlsx', targets: ['T-NOPE'] })).rejects.toThrow(
      'unknown target "T-NOPE"',
    );
    await expect(importTemplate(plan, { format: 'xlsx', region: '东胜县' })).rejects.toThrow(
      RangeError,
    );
  });

  it('writes CSV in GB18030 that decodes to the UTF-8 template’s text and imports as GB18030', async () => {
    const utf8 = await importTemplate(plan, { format: 'csv-utf8', region: 'dongsheng' });
    const gbk = await importTemplate(plan, { format: 'csv-gb18030', region: 'dongsheng' });
    expect(gbk).toMatchObject({
      filename: 'observations-template-dongsheng-gbk.csv',
      displayName: '数据导入模板（东胜区）（GBK）.csv',
      mediaType: 'text/csv; charset=gb18030',
    });
    expect(utf8.mediaType).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('gb18030', { fatal: true }).decode(gbk.bytes);
    expect([...utf8.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe(new TextDecoder().decode(utf8.bytes)); // the decoder drops the BOM
    expect(text.startsWith('指标名称,目标编号,地区')).toBe(true);
    expect(text).toContain('学前三年入园率,,东胜区,,,,,');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk.bytes)).toThrow();

    const filled = text.replace(
      '学前三年入园率,,东胜区,,,,,',
      '学前三年入园率,,东胜区,2023,,９２．５％,,',
    );
    const back = await read(encodeGb18030(filled), 'csv');
    expect(back.encoding).toBe('gb18030');
    expect(back.problems).toEqual([]);
    expect(back.observations).toEqual([
      expect.objectContaining({
        indicatorId: 'preschool-enrolment-rate',
        region: 'dongsheng',
        value: 92.5,
      }),
    ]);
    expect(back.blankRows).toBe(gbk.rows - 1);
  });
});
