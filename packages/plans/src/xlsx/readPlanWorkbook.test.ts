import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixturePlanFile } from '../testing/fixturePlanFile.js';
import { readPlanWorkbook } from './readPlanWorkbook.js';
import { writePlanTemplate, writePlanWorkbook } from './writePlanWorkbook.js';

/** The fixture plan's workbook, changed by `edit` and written again. */
async function editedFixture(edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writePlanWorkbook(fixturePlanFile)) as never);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The cell under the header ending in `key`, in the first row whose `idKey` cell is `id`. */
function cellOf(sheet: ExcelJS.Worksheet, key: string, match?: { key: string; value: unknown }) {
  const columnOf = (wanted: string) => {
    let found = 0;
    sheet.getRow(1).eachCell((cell, index) => {
      if (String(cell.value).split(' ').at(-1) === wanted) found = index;
    });
    if (!found) throw new Error(`no column ${wanted} in ${sheet.name}`);
    return found;
  };
  const column = columnOf(key);
  let row = 2;
  if (match) {
    const matchColumn = columnOf(match.key);
    while (row <= sheet.rowCount && sheet.getRow(row).getCell(matchColumn).value !== match.value)
      row++;
  }
  return sheet.getRow(row).getCell(column);
}

const sheet = (workbook: ExcelJS.Workbook, name: string) => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

// Each test writes and reads whole workbooks with exceljs: seconds of CPU on a busy two-core machine.
const WORKBOOK_TESTS = { timeout: 60_000 };

describe('readPlanWorkbook', WORKBOOK_TESTS, () => {
  it('reports three problems in three sheets at once, each with its sheet, row and column', async () => {
    const bytes = await editedFixture((workbook) => {
      // A year that is not a number (read as a cell), a unit kind no indicator has
      // (found by parsePlan, mapped back), and a target in a measure that does not exist.
      const plan = sheet(workbook, '规划 Plan');
      plan.eachRow((row) => {
        if (row.getCell(2).value === 'period.start') row.getCell(3).value = '二〇二六';
      });
      cellOf(sheet(workbook, '指标 Indicators'), 'unit.kind').value = 'percentage';
      cellOf(sheet(workbook, '目标 Targets'), 'measure').value = 9;
    });
    const result = await readPlanWorkbook(bytes);
    expect('issues' in result && result.issues).toEqual([
      {
        sheet: '规划 Plan',
        row: 7,
        column: 'C',
        message: 'period.start: "二〇二六" is not a number',
      },
      expect.objectContaining({
        sheet: '目标 Targets',
        row: 2,
        column: 'C',
        message: expect.stringMatching(/^project 1 has no measure 9/),
      }),
      expect.objectContaining({
        sheet: '指标 Indicators',
        row: 2,
        column: 'J',
        path: 'tables.0.indicators.0.unit.kind',
      }),
    ]);
  });

  it('names a row that refers to an indicator not in the workbook', async () => {
    const bytes = await editedFixture((workbook) => {
      cellOf(sheet(workbook, '分项 Parts'), 'indicator').value = 'no-such-indicator';
    });
    const result = await readPlanWorkbook(bytes);
    expect('issues' in result && result.issues).toContainEqual({
      sheet: '分项 Parts',
      row: 2,
      column: 'B',
      message: 'no indicator "no-such-indicator" in the sheet 指标 Indicators',
    });
  });

  it('names a split value given both on the indicator row and on its parts', async () => {
    const bytes = await editedFixture((workbook) => {
      cellOf(sheet(workbook, '指标 Indicators'), 'values.subject.baseline', {
        key: 'id',
        value: 'fixture-dual-qualified-teachers-share',
      }).value = '50';
    });
    const result = await readPlanWorkbook(bytes);
    expect('issues' in result && result.issues).toEqual([
      {
        sheet: '分项 Parts',
        row: 2,
        column: 'F',
        message:
          'indicator "fixture-dual-qualified-teachers-share" already gives values.subject.baseline on its own row: give it there or on its parts\' rows, not both',
      },
      expect.objectContaining({ sheet: '分项 Parts', row: 3, column: 'F' }),
      {
        sheet: '指标 Indicators',
        row: 5,
        column: 'M',
        path: 'tables.0.indicators.3.values.subject.baseline',
        message: 'this indicator has parts (secondary, higher): give one printed value per part',
      },
    ]);
  });

  it('skips rows marked 示例 in column A and never counts them as data', async () => {
    const bytes = await editedFixture((workbook) => {
      sheet(workbook, '地区 Regions').insertRow(2, [
        '示例',
        'example-city',
        '示例市',
        'Example City',
        'city',
      ]);
    });
    const result = await readPlanWorkbook(bytes);
    expect('file' in result && result.file).toEqual(fixturePlanFile);
  });

  it('reads the empty template as a workbook with no plan, and says so', async () => {
    const result = await readPlanWorkbook(await writePlanTemplate());
    expect(result).toEqual({
      issues: [
        {
          sheet: '规划 Plan',
          message: expect.stringContaining(
            "only the template's example rows (marked 示例 in column A)",
          ),
        },
      ],
    });
  });

  it('gives the template an example row in every data sheet and notes in Chinese and English', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writePlanTemplate()) as never);
    expect(workbook.worksheets[0]?.name).toBe('说明 Notes');
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([
      undefined,
      '表 sheet',
      '说明',
      'Notes',
    ]);
    for (const data of workbook.worksheets.slice(2)) {
      expect(data.getRow(2).getCell(1).value, data.name).toBe('示例');
      expect(data.rowCount, data.name).toBe(2);
    }
  });
});

describe('readPlanWorkbook on a hostile file', WORKBOOK_TESTS, () => {
  it('refuses a file above the byte limit before reading it', async () => {
    const bytes = await writePlanWorkbook(fixturePlanFile);
    const result = await readPlanWorkbook(bytes, {
      maxBytes: 1_000,
      maxUncompressedBytes: 1e9,
      maxEntries: 100,
      maxRangeCells: 1e6,
    });
    expect(result).toEqual({
      issues: [{ sheet: '(workbook)', message: expect.stringMatching(/^the file has \d+ bytes/) }],
    });
  });

  it('refuses a ZIP whose entries declare more than the limit, before inflating any', async () => {
    const bytes = await writePlanWorkbook(fixturePlanFile);
    const result = await readPlanWorkbook(bytes, {
      maxBytes: 1e7,
      maxUncompressedBytes: 10_000,
      maxEntries: 100,
      maxRangeCells: 1e6,
    });
    expect('issues' in result && result.issues[0]?.message).toMatch(
      /declares more than 10000 bytes/,
    );
  });

  it('refuses a ZIP whose directory understates what an entry inflates to', async () => {
    const bytes = await writePlanWorkbook(fixturePlanFile);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Halve the declared size of every deflated entry in the central directory.
    for (let at = 0; at < bytes.length - 46; at++) {
      if (view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 10, true) === 8) {
        view.setUint32(at + 24, Math.floor(view.getUint32(at + 24, true) / 2), true);
      }
    }
    const result = await readPlanWorkbook(bytes);
    expect('issues' in result && result.issues[0]?.message).toMatch(
      /inflates to more bytes than it declares/,
    );
  });

  it('refuses a sheet whose validation range spans every cell (exceljs would visit each)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('规划 Plan');
    (
      sheet as unknown as { dataValidations: { add(range: string, v: object): void } }
    ).dataValidations.add('A1:XFD1048576', { type: 'list', allowBlank: true, formulae: ['"a,b"'] });
    const result = await readPlanWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect('issues' in result && result.issues[0]?.message).toMatch(
      /has ranges of \d+ cells \(the widest A1:XFD1048576\)/,
    );
  });

  it('says a file that is not a ZIP is not a workbook', async () => {
    const result = await readPlanWorkbook(new TextEncoder().encode('id,title\nx,y\n'));
    expect(result).toEqual({
      issues: [{ sheet: '(workbook)', message: 'not an XLSX workbook: it is not a ZIP file' }],
    });
  });
});
