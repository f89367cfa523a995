import { ordosPlan } from '@plan/indicators';
import { ordosTargets } from '@plan/projects';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from './_lib/encodeGb18030.js';
import { NOT_TEXT_MESSAGE } from './decodeSpreadsheetText.js';
import { importFormatOf, readObservationRows } from './readObservationRows.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (csv: string) =>
  readObservationRows(ordosPlan, bytes(csv), 'csv', { source: 'import' });

describe('readObservationRows', () => {
  it('passes each checked observation to onObservation instead of holding them, problems still reported', async () => {
    const seen: string[] = [];
    const result = await readObservationRows(
      ordosPlan,
      bytes(
        'indicator_id,year,value\nstudent-myopia-rate,2022,57\nno-such-indicator,2022,1\nstudent-myopia-rate,2023,56\n',
      ),
      'csv',
      { source: 'import' },
      {},
      (observation) =>
        seen.push(`${observation.indicatorId}@${observation.year}=${observation.value}`),
    );
    expect(seen).toEqual(['student-myopia-rate@2022=57', 'student-myopia-rate@2023=56']);
    expect(result.observations).toEqual([]);
    expect(result.rowCount).toBe(3);
    expect(result.problems.map((problem) => problem.row)).toEqual([3]);
  });

  it("reads rows into observations, with the plan's subject region and the default source", async () => {
    const result = await read(
      'indicator_id,region,year,date,value,source,note\n' +
        'student-myopia-rate,,2022,,57,,\n' +
        'vocational-general-ratio,dalad,,2023-06-30,38：62,bureau,年中\n' +
        'dual-qualified-teachers-share,ordos,2023,,secondary=59;higher=52,bureau,\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.rowCount).toBe(3);
    expect(result.observations).toEqual([
      {
        indicatorId: 'student-myopia-rate',
        region: 'ordos',
        value: 57,
        source: 'import',
        note: null,
        date: '2022-12-31',
        year: 2022,
        period: 'year',
      },
      {
        indicatorId: 'vocational-general-ratio',
        region: 'dalad',
        value: { ratio: [38, 62] },
        source: 'bureau',
        note: '年中',
        date: '2023-06-30',
        year: 2023,
        period: 'date',
      },
      {
        indicatorId: 'dual-qualified-teachers-share',
        region: 'ordos',
        value: { parts: { secondary: 59, higher: 52 } },
        source: 'bureau',
        note: null,
        date: '2023-12-31',
        year: 2023,
        period: 'year',
      },
    ]);
  });

  it('checks each row by the same rule as a request, naming row and column', async () => {
    const result = await read(
      'indicator_id,year,value\n' +
        'student-myopia-rate,2022,157\n' +
        'nope,2022,1\n' +
        'vocational-general-ratio,2022,59.97:40\n' +
        'vocational-general-ratio,2022,59.9:40\n' +
        'vocational-general-ratio,2022,-5:105\n' +
        'student-myopia-rate,20x,57\n',
    );
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'value',
        problem: '157 is above 100: not a possible percentage',
        problemZh: '157 超过 100，不可能是百分比',
      },
      {
        row: 3,
        column: 'indicator_id',
        problem: 'unknown indicator "nope"',
        problemZh: '未知的指标“nope”：请按规划所印的指标名称或指标编号填写',
      },
      {
        row: 5,
        column: 'value',
        problem: 'the parts of the ratio 59.9:40 add up to 99.9, not 100',
        problemZh: '比例 59.9:40 两部分之和为 99.9，不是 100',
      },
      {
        row: 6,
        column: 'value',
        problem: '-5 is negative: a ratio part cannot be',
        problemZh: '-5 是负数：比例的组成部分不能为负',
      },
      { row: 7, column: 'year', problem: '"20x" is not a year', problemZh: '“20x”不是年份' },
    ]);
    expect(result.observations.map((observation) => observation.value)).toEqual([
      { ratio: [59.97, 40] },
    ]);
  });

  it('names unknown and missing columns in the header', async () => {
    const result = await read('indicator,colour\nstudent-myopia-rate,red\n');
    expect(result.problems.map((problem) => `${problem.row} ${problem.column}`)).toEqual([
      '1 colour',
      '1 value',
      '1 year',
    ]);
    expect(result.observations).toEqual([]);
  });

  it('reads the first sheet of an XLSX workbook and refuses formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['indicator_id', 'year', 'value']);
    sheet.addRow(['student-myopia-rate', 2022, 57]);
    const body = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await readObservationRows(ordosPlan, body, 'xlsx', { source: 'import' });
    expect(result.problems).toEqual([]);
    expect(result.observations[0]).toMatchObject({ value: 57, year: 2022 });

    sheet.addRow(['student-myopia-rate', 2023, { formula: '1+1', result: 2 }]);
    const withFormula = new Uint8Array(await workbook.xlsx.writeBuffer());
    const refused = await readObservationRows(ordosPlan, withFormula, 'xlsx', { source: 'import' });
    expect(refused.problems[0]?.problem).toContain('holds a formula');
  });

  it('refuses a file that is neither UTF-8 nor GB18030, saying to save it as CSV UTF-8', async () => {
    const result = await readObservationRows(ordosPlan, new Uint8Array([0xc4, 0xe3, 0xff]), 'csv', {
      source: 'import',
    });
    expect(result.problems).toEqual([
      {
        row: 0,
        column: '',
        problem: NOT_TEXT_MESSAGE,
        problemZh:
          '文件既不是 UTF-8 也不是 GB18030/GBK 编码：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新导入',
      },
    ]);
    expect(result.problems[0]?.problem).toMatch(/UTF-8.*GB18030.*CSV UTF-8/);
    expect(result.refused).toMatchObject({ status: 422, limit: 'encoding' });
  });
});

describe('importFormatOf', () => {
  it('tells CSV and XLSX by content type, and nothing else', () => {
    expect(importFormatOf('text/csv; charset=utf-8')).toBe('csv');
    expect(
      importFormatOf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ).toBe('xlsx');
    expect(importFormatOf('application/json')).toBeUndefined();
    expect(importFormatOf(undefined)).toBeUndefined();
  });
});

describe('readObservationRows: targets’ own figures', () => {
  const plan = { ...ordosPlan, targets: ordosTargets };
  const csv = (text: string) => new TextEncoder().encode(text);

  it('takes a target_id column in place of indicator_id, keyed by the target id', async () => {
    const read = await readObservationRows(
      plan,
      csv(
        'indicator_id,target_id,region,year,value\n' +
          ',T-P07-M2-1,,2023,41\n' +
          ',T-P01-M4-1,dalad,2023,1\n' +
          'student-myopia-rate,,,2023,56\n',
      ),
      'csv',
      { source: 'import' },
    );
    expect(read.problems).toEqual([]);
    expect(read.observations.map((o) => [o.indicatorId, o.targetId, o.region])).toEqual([
      ['T-P07-M2-1', 'T-P07-M2-1', 'ordos'],
      ['T-P01-M4-1', 'T-P01-M4-1', 'dalad'],
      ['student-myopia-rate', undefined, 'ordos'],
    ]);
  });

  it('names each row’s problem: both ids, a linked target, an unknown one, a negative count, a city figure of a 每个旗区 target', async () => {
    const read = await readObservationRows(
      plan,
      csv(
        'target_id,indicator_id,year,value\n' +
          'T-P07-M2-1,student-myopia-rate,2023,1\n' +
          'T-C2S3-2,,2023,88\n' +
          'T-NOPE-1,,2023,1\n' +
          'T-P07-M2-1,,2023,-2\n' +
          'T-P01-M4-1,,2023,1\n',
      ),
      'csv',
      { source: 'import' },
    );
    expect(read.observations).toEqual([]);
    expect(read.problems).toEqual([
      {
        row: 2,
        column: 'target_id',
        problem: 'give indicator_id or target_id, not both',
        problemZh: '“indicator_id”和“target_id”只能填一个',
      },
      {
        row: 3,
        column: 'target_id',
        problem:
          'target T-C2S3-2 takes its figures from indicator "inclusive-kindergarten-coverage": report on indicatorId "inclusive-kindergarten-coverage" instead',
        problemZh: expect.stringContaining('目标 T-C2S3-2 的数据取自指标'),
      },
      {
        row: 4,
        column: 'target_id',
        problem: 'unknown target "T-NOPE-1" in this plan',
        problemZh: '本规划中没有目标“T-NOPE-1”',
      },
      {
        row: 5,
        column: 'value',
        problem: '-2 is below 0: T-P07-M2-1 counts 所',
        problemZh: '-2 小于 0：目标 T-P07-M2-1 以“所”计数，不能为负',
      },
      {
        row: 6,
        column: 'region',
        problem: expect.stringContaining('T-P01-M4-1 is judged per 旗区'),
        problemZh: expect.stringContaining('目标 T-P01-M4-1 按旗区评价'),
      },
    ]);
  });

  it('knows no target when the plan’s targets are not given', async () => {
    const read = await readObservationRows(
      ordosPlan,
      csv('target_id,year,value\nT-P07-M2-1,2023,41\n'),
      'csv',
      {
        source: 'import',
      },
    );
    expect(read.problems).toEqual([
      {
        row: 2,
        column: 'target_id',
        problem: 'unknown target "T-P07-M2-1" in this plan',
        problemZh: '本规划中没有目标“T-P07-M2-1”',
      },
    ]);
  });
});

describe('readObservationRows: spreadsheets as officials have them', () => {
  const plan = { ...ordosPlan, targets: ordosTargets };
  const ENGLISH = [
    'indicator_id,region,year,date,value,source,note,target_id',
    'student-myopia-rate,dongsheng,2022,,55.4,bureau,,',
    'preschool-enrolment-rate,dalad,2023,,91.5,bureau,年中,',
    'vocational-general-ratio,ordos,,2023-06-30,38:62,bureau,,',
    'registered-youth-athletes,ordos,2022,,1486,bureau,,',
    ',,2022,,80,bureau,,T-C2S3-6',
  ].join('\r\n');
  const CHINESE = [
    '指标名称,旗区,年份,日期,数值,来源,备注,目标编号',
    '*中小学生近视眼率（%）,东胜区,２０２２,,55.4%,bureau,,',
    '学前三年入园率,达拉特旗,2023年,,９１．５,bureau,年中,',
    '职普比例,全市,,2023/6/30,38：62,bureau,,',
    '注册青少年运动员,鄂尔多斯市,2022,,"1,486",bureau,,',
    ',,2022,,８０％,bureau,,T-C2S3-6',
  ].join('\r\n');
  const readCsv = (body: Uint8Array) =>
    readObservationRows(plan, body, 'csv', { source: 'import' });

  it('reads a GBK CSV with Chinese headers, indicator and 旗区 names into the rows of the id version', async () => {
    const english = await readCsv(bytes(ENGLISH));
    const chinese = await readCsv(encodeGb18030(CHINESE));
    expect(english.problems).toEqual([]);
    expect(chinese.problems).toEqual([]);
    expect(english.observations).toHaveLength(5);
    expect(chinese.observations).toEqual(english.observations);
    expect(chinese.encoding).toBe('gb18030');
    expect(english.encoding).toBe('utf-8');
    expect(chinese.observations.map((row) => [row.indicatorId, row.region, row.value])).toEqual([
      ['student-myopia-rate', 'dongsheng', 55.4],
      ['preschool-enrolment-rate', 'dalad', 91.5],
      ['vocational-general-ratio', 'ordos', { ratio: [38, 62] }],
      ['registered-youth-athletes', 'ordos', 1486],
      ['T-C2S3-6', 'ordos', 80],
    ]);
  });

  it('names a UTF-8 file with a byte-order mark as such', async () => {
    const read = await readCsv(bytes(`\uFEFF${CHINESE}`));
    expect(read.problems).toEqual([]);
    expect(read.encoding).toBe('utf-8-bom');
    expect(read.observations).toEqual((await readCsv(bytes(ENGLISH))).observations);
  });

  it('names the row, the column as headed and the candidates of a name it cannot place', async () => {
    const read = await readCsv(
      encodeGb18030(
        '指标,旗区,年份,数值\n在校生规模,东胜区,2022,1.2\n学前教育入园率,东胜区,2022,90\n学前三年入园率,东胜县,2022,90\n',
      ),
    );
    expect(read.observations).toEqual([]);
    expect(read.problems).toEqual([
      {
        row: 2,
        column: '指标',
        problem:
          '"在校生规模" names 2 indicators of the plan: 在校生规模 (secondary-vocational-enrolment), 在校生规模 (higher-education-enrolment); give the id to say which',
        problemZh:
          '“在校生规模”对应本规划中的 2 个指标：在校生规模 (secondary-vocational-enrolment)、在校生规模 (higher-education-enrolment)；请填写编号以示区别',
      },
      {
        row: 3,
        column: '指标',
        problem: expect.stringContaining('closest: 学前三年入园率 (preschool-enrolment-rate)'),
        problemZh: expect.stringContaining('最接近的有：学前三年入园率 (preschool-enrolment-rate)'),
      },
      {
        row: 4,
        column: '旗区',
        problem:
          'unknown region "东胜县": give a 旗区 name such as 东胜区, or its id; closest: 东胜区 (dongsheng)',
        problemZh:
          '未知的地区“东胜县”：请填写旗区名称（如东胜区）或其编号；最接近的有：东胜区 (dongsheng)',
      },
    ]);
  });

  it('reads 12% where the unit is % and refuses it, saying why, where it is not', async () => {
    const read = await readCsv(
      bytes('指标名称,年份,数值\n学前三年入园率,2022,12%\n注册青少年运动员,2022,12%\n'),
    );
    expect(read.observations.map((row) => row.value)).toEqual([12]);
    expect(read.problems).toEqual([
      {
        row: 3,
        column: '数值',
        problem:
          '"12%" is a percentage, but 注册青少年运动员 (registered-youth-athletes) is measured in 人: give the number without %',
        problemZh: '“12%”是百分数，但“注册青少年运动员”以“人”计：请填写不带 % 的数字',
      },
    ]);
    const target = await readCsv(bytes('目标编号,年份,数值\nT-P07-M2-1,2022,3%\n'));
    expect(target.problems[0]?.problem).toContain('target T-P07-M2-1 counts 所');
  });

  it('skips rows of a template left unfilled, and says so when no row is filled', async () => {
    const read = await readCsv(
      bytes('指标名称,地区,年份,数值\n学前三年入园率,东胜区,,\n中小学生近视眼率,东胜区,2022,55\n'),
    );
    expect(read.problems).toEqual([]);
    expect(read.blankRows).toBe(1);
    expect(read.observations).toHaveLength(1);
    const none = await readCsv(bytes('指标名称,地区,年份,数值\n学前三年入园率,东胜区,,\n'));
    expect(none.problems).toEqual([
      {
        row: 0,
        column: '',
        problem:
          'no row is filled in: give each row a value (数值) and a year (年份) or a date (日期)',
        problemZh: '没有填写任何一行：每行请填写数值，以及年份或日期',
      },
    ]);
  });

  it('lists the Chinese headers beside the English ones for an unknown column, and refuses a column given twice', async () => {
    const read = await readCsv(bytes('指标名称,指标,年份,数值,颜色\n'));
    expect(read.problems.map((problem) => problem.column)).toEqual(['指标', '颜色']);
    expect(read.problems[1]?.problem).toContain(
      '指标名称、目标编号、地区、年份、日期、数值、来源、备注',
    );
  });

  it('reads a workbook with Chinese headers and names', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['指标名称', '旗区', '年份', '数值']);
    sheet.addRow(['中小学生近视眼率', '东胜区', 2022, '５５．４']);
    const read = await readObservationRows(
      plan,
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      'xlsx',
      { source: 'import' },
    );
    expect(read.problems).toEqual([]);
    expect(read.encoding).toBeUndefined();
    expect(read.observations[0]).toMatchObject({
      indicatorId: 'student-myopia-rate',
      region: 'dongsheng',
      value: 55.4,
      year: 2022,
    });
  });
});
