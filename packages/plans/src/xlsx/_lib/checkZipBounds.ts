import { inflateRawSync } from 'node:zlib';

/** Bounds on a plan workbook, checked before exceljs reads it. */
export type WorkbookLimits = {
  /** Bytes of the file as uploaded. */
  maxBytes: number;
  /** Bytes all ZIP entries inflate to together, declared and actual. */
  maxUncompressedBytes: number;
  /** Entries of the ZIP. */
  maxEntries: number;
  /** Cells the range attributes (validations' sqref, merges) may span together: exceljs expands them cell by cell. */
  maxRangeCells: number;
};

/**
 * The Ordos plan's workbook is 84 KB, 0.4 MB inflated; these allow forty times
 * that while keeping exceljs (which holds the whole workbook in memory, several
 * times its XML) well under a few hundred MB.
 */
export const DEFAULT_WORKBOOK_LIMITS: Readonly<WorkbookLimits> = Object.freeze({
  maxBytes: 8 * 1024 * 1024,
  maxUncompressedBytes: 16 * 1024 * 1024,
  maxEntries: 200,
  maxRangeCells: 1_000_000,
});

/**
 * Why the workbook cannot be read safely, or undefined when it can. The file
 * size and the ZIP's entry count and declared sizes are checked first; then
 * each entry is inflated with its declared size as the cap, so a directory
 * that lies is caught too; the sheets' range attributes are checked last
 * (exceljs visits every cell of a validation or merge range). ZIP64,
 * encryption and compression methods other than stored and deflate are refused.
 */
export function checkZipBounds(zip: Uint8Array, limits: WorkbookLimits): string | undefined {
  if (zip.length > limits.maxBytes) {
    return `the file has ${zip.length} bytes: more than the ${limits.maxBytes} a plan workbook may have`;
  }
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'not an XLSX workbook: it is not a ZIP file';
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return 'ZIP64 workbooks are not read';
  if (count > limits.maxEntries) {
    return `the workbook's ZIP has ${count} entries: more than the ${limits.maxEntries} a plan workbook may have`;
  }
  const decoder = new TextDecoder('utf-8');
  let declared = 0;
  let at = directoryOffset;
  const entries: {
    name: string;
    method: number;
    compressedSize: number;
    size: number;
    offset: number;
  }[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) {
      return 'not a readable XLSX workbook: its ZIP directory is damaged';
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const offset = view.getUint32(at + 42, true);
    at += 46 + skip;
    if (flags & 1) return `not a readable XLSX workbook: the entry ${name} is encrypted`;
    if (method !== 0 && method !== 8) {
      return `not a readable XLSX workbook: the entry ${name} uses an unknown compression`;
    }
    declared += size;
    if (declared > limits.maxUncompressedBytes) {
      return `the workbook declares more than ${limits.maxUncompressedBytes} bytes once uncompressed: it was not read`;
    }
    entries.push({ name, method, compressedSize, size, offset });
  }
  let rangeCells = 0;
  for (const entry of entries) {
    const header = entry.offset;
    if (header + 30 > zip.length || view.getUint32(header, true) !== 0x04034b50) {
      return `not a readable XLSX workbook: the entry ${entry.name} is damaged`;
    }
    const start =
      header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    if (start + entry.compressedSize > zip.length) {
      return `not a readable XLSX workbook: the entry ${entry.name} is cut short`;
    }
    const data = zip.subarray(start, start + entry.compressedSize);
    let bytes: Uint8Array;
    try {
      // Capped at the declared size: an entry inflating past it is refused, whatever its directory says.
      bytes =
        entry.method === 0
          ? data
          : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch {
      return `not a readable XLSX workbook: the entry ${entry.name} inflates to more bytes than it declares, or not at all`;
    }
    if (bytes.length !== entry.size) {
      return `not a readable XLSX workbook: the entry ${entry.name} does not have the size it declares`;
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      const ranges = rangesOf(decoder.decode(bytes));
      rangeCells += ranges.cells;
      if (rangeCells > limits.maxRangeCells) {
        return `the sheet ${entry.name} has ranges of ${ranges.cells} cells (the widest ${ranges.widest}): more than the ${limits.maxRangeCells} a plan workbook may have in all`;
      }
    }
  }
  return undefined;
}

/** The cells a sheet's sqref and ref attributes span (its dimension aside, which is only declared), and the widest. */
function rangesOf(xml: string): { cells: number; widest: string } {
  let cells = 0;
  let widest = { range: '', cells: -1 };
  const withoutDimension = xml.replace(/<(?:\w+:)?dimension\b[^>]*>/g, '');
  for (const match of withoutDimension.matchAll(/\b(?:sqref|ref)="([^"]*)"/g)) {
    for (const range of (match[1] ?? '').split(/\s+/)) {
      const count = cellsIn(range);
      cells += count;
      if (count > widest.cells) widest = { range, cells: count };
    }
  }
  return { cells, widest: widest.range };
}

function cellsIn(range: string): number {
  const bare = range.replaceAll('$', '');
  // Whole columns (A:C) and whole rows (1:3) reach the sheet's last row and column.
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(bare);
  if (columns) {
    return (
      (Math.abs(letters(columns[2] as string) - letters(columns[1] as string)) + 1) * 1_048_576
    );
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return (Math.abs(Number(rows[2]) - Number(rows[1])) + 1) * 16_384;
  const [from, to = from] = range.split(':');
  const a = parseAddress(from ?? '');
  const b = parseAddress(to ?? '');
  if (!a || !b) return 0;
  return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.column - a.column) + 1);
}

function parseAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  return { row: Number(match[2]), column: letters(match[1] as string) };
}

const letters = (text: string) =>
  [...text].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
