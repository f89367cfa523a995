import { crc32, createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';

type Entry = { name: string; chunks: Iterable<Buffer> };

/** Deflates an entry chunk by chunk, so a large entry is never held whole. */
async function deflateEntry(chunks: Iterable<Buffer>) {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A ZIP archive (deflated entries) as an XLSX is one. */
async function zip(entries: Entry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflateEntry(entry.chunks);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const once = (text: string) => [Buffer.from(text)];
const WORKBOOK_PARTS: Entry[] = [
  {
    name: '[Content_Types].xml',
    chunks: once(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    chunks: once(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
  },
  {
    name: 'xl/workbook.xml',
    chunks: once(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    chunks: once(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  },
];

/**
 * A zip bomb: an XLSX of about a megabyte whose one sheet inflates to `megabytes`
 * MB of XML (rows of one long text cell), as in issue 12 (1.15 MB holding 296 MB).
 */
export async function zipBombXlsx(megabytes = 296): Promise<Buffer> {
  const row = `<row><c t="inlineStr"><is><t>${'A'.repeat(1000)}</t></is></c></row>`;
  const block = Buffer.from(row.repeat(Math.floor((1024 * 1024) / row.length)));
  function* sheet() {
    yield Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    );
    for (let index = 0; index < megabytes; index++) yield block;
    yield Buffer.from('</sheetData></worksheet>');
  }
  return zip([...WORKBOOK_PARTS, { name: 'xl/worksheets/sheet1.xml', chunks: sheet() }]);
}

/** A small, well-formed XLSX whose header row has one more cell at XFD1, the last column (16,384). */
export async function wideXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('observations');
  sheet.addRow(['indicator_id', 'region', 'year', 'value']);
  for (let year = 2021; year <= 2023; year++)
    sheet.addRow(['regular-exercise-share', 'ordos', year, 44 + year - 2021]);
  sheet.getCell('XFD1').value = 'x';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A JSON body for POST /api/v1/assess of about `megabytes` MB: one long series. */
export function hugeAssessBody(megabytes = 13): Buffer {
  const point = '{"year":2020,"value":1},';
  const count = Math.floor((megabytes * 1024 * 1024) / point.length);
  return Buffer.from(
    `{"method":"time-progress","direction":"increase","series":[${point.repeat(count)}{"year":2021,"value":2}]}`,
  );
}
