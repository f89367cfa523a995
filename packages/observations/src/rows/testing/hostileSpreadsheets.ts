// Hostile import files for tests (this package's and the API's), built in memory:
// read from source through the @plan/source condition, never built or shipped.
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A ZIP of deflated entries (CRCs left 0: our reader does not check them). */
export function zipOf(parts: { name: string; deflated: Uint8Array; size: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.deflated));
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const deflated = (name: string, text: string | Uint8Array) => {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, deflated: deflateRawSync(data), size: data.length };
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const workbookXml = (sheets: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${Array.from(
    { length: sheets },
    (_, index) => `<sheet name="s${index + 1}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
  ).join('')}</sheets></workbook>`;
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>indicator_id</t></is></c><c r="B1" t="inlineStr"><is><t>year</t></is></c><c r="C1" t="inlineStr"><is><t>value</t></is></c></row>';

/** A workbook of hand-written parts, the sheet XML given whole (as text, or as bytes in any encoding). */
export function xlsxOf(
  sheetXml: string | Uint8Array,
  options: { sheets?: number } = {},
): Uint8Array {
  return zipOf([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', PACKAGE_RELS),
    deflated('xl/workbook.xml', workbookXml(options.sheets ?? 1)),
    deflated('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    deflated('xl/worksheets/sheet1.xml', sheetXml),
  ]);
}

/**
 * A zip bomb: a valid workbook whose sheet inflates to `bytes` of rows (the
 * issue's was 296 MB in 1.15 MB). With `lie`, the ZIP directory declares the
 * sheet to be 1 KiB, so only the inflated bytes can tell; `declaredSize` declares any size.
 */
export async function zipBombXlsx(
  bytes: number,
  options: { lie?: boolean; declaredSize?: number } = {},
) {
  const row =
    '<row><c t="inlineStr"><is><t>regular-exercise-share</t></is></c><c><v>2022</v></c><c><v>44</v></c></row>';
  const block = Buffer.from(row.repeat(Math.ceil(65_536 / row.length)));
  const deflater = createDeflateRaw({ level: 6 });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  const write = (data: Buffer) =>
    new Promise<void>((resolve) => {
      if (deflater.write(data)) resolve();
      else deflater.once('drain', resolve);
    });
  let size = 0;
  await write(Buffer.from(SHEET_HEAD + HEADER_ROW));
  size += Buffer.byteLength(SHEET_HEAD + HEADER_ROW);
  while (size < bytes) {
    await write(block);
    size += block.length;
  }
  deflater.end(Buffer.from(SHEET_TAIL));
  size += SHEET_TAIL.length;
  await done;
  const sheet = Buffer.concat(chunks);
  return zipOf([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', PACKAGE_RELS),
    deflated('xl/workbook.xml', workbookXml(1)),
    deflated('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    {
      name: 'xl/worksheets/sheet1.xml',
      deflated: sheet,
      size: options.declaredSize ?? (options.lie ? 1024 : size),
    },
  ]);
}

/** An XLSX sheet of `rows` data rows of three short cells. */
export function deepXlsx(rows: number): Uint8Array {
  const body: string[] = [SHEET_HEAD, HEADER_ROW];
  for (let row = 2; row <= rows + 1; row++) {
    body.push(
      `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>regular-exercise-share</t></is></c><c r="B${row}"><v>2022</v></c><c r="C${row}"><v>44</v></c></row>`,
    );
  }
  body.push(SHEET_TAIL);
  return xlsxOf(body.join(''));
}

/** The 12 KB killer: ordinary rows, and one cell at XFD1 (column 16,384), made by exceljs. */
export async function wideXlsx(rows = 200): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  sheet.addRow(['indicator_id', 'year', 'value']);
  for (let row = 0; row < rows; row++) sheet.addRow(['regular-exercise-share', 2022, 44]);
  sheet.getCell('XFD1').value = 'x';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook made by exceljs whose value cells are shown as percentages (0.441 as 44.1%). */
export async function percentXlsx(values: number[], format = '0.0%'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  sheet.addRow(['indicator_id', 'year', 'value']);
  values.forEach((value, index) => {
    const row = sheet.addRow(['regular-exercise-share', 2021 + index, value]);
    row.getCell(3).numFmt = format;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A ZIP that is not a workbook, and a workbook whose sheet list is empty. */
export const notAWorkbookZip = (): Uint8Array => zipOf([deflated('hello.txt', 'hello')]);
export const workbookWithoutSheet = (): Uint8Array =>
  zipOf([deflated('_rels/.rels', PACKAGE_RELS), deflated('xl/workbook.xml', workbookXml(0))]);

/** An XLSX whose sheet is the given cells, each at a reference such as "XFD1", "A1048576". */
export function cellsXlsx(cells: { ref: string; text: string }[]): Uint8Array {
  const xmlText = (text: string) =>
    text
      .replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`)
      .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/g, '');
  const rows = new Map<number, string[]>();
  for (const { ref, text } of cells) {
    const row = Number(ref.replace(/^[A-Z]+/, ''));
    rows.set(row, [
      ...(rows.get(row) ?? []),
      `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`,
    ]);
  }
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, xml]) => `<row r="${row}">${xml.join('')}</row>`)
    .join('');
  return xlsxOf(`${SHEET_HEAD}${HEADER_ROW}${body}${SHEET_TAIL}`);
}

/** A workbook whose shared strings are `count` one-letter strings: small compressed, many strings. */
export function sharedStringsBombXlsx(count: number): Uint8Array {
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
  return zipOf([
    deflated('_rels/.rels', PACKAGE_RELS),
    deflated('xl/workbook.xml', workbookXml(1)),
    deflated('xl/_rels/workbook.xml.rels', rels),
    deflated('xl/sharedStrings.xml', `<sst>${'<si><t>a</t></si>'.repeat(count)}</sst>`),
    deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}${HEADER_ROW}${SHEET_TAIL}`),
  ]);
}

/** A CSV whose one line is `chars` long: no line break for a parser to rest on. */
export const hugeLineCsv = (chars: number): string =>
  `indicator_id,year,value,note\nregular-exercise-share,2022,44,${'x'.repeat(chars)}\n`;

/** A CSV of `columns` columns. */
export const wideCsv = (columns: number): string =>
  `${Array.from({ length: columns }, (_, index) => `c${index}`).join(',')}\n${'1,'.repeat(columns - 1)}1\n`;

/** Text as Excel saves "CSV (逗号分隔)" on Chinese Windows: GB18030/GBK bytes. */
export { encodeGb18030 } from '../_lib/encodeGb18030.js';
