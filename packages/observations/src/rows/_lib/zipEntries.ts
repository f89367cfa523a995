import { createInflateRaw } from 'node:zlib';
import { type ImportLimits, ImportRefusedError } from '../importLimits.js';

/** One entry of a ZIP's central directory, with the sizes it declares. */
export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
};

const notXlsx = (why: string) =>
  new ImportRefusedError(
    422,
    'structure',
    `not a readable XLSX workbook: ${why}`,
    '文件不是可读取的 XLSX 工作簿：请用 Excel 另存为 .xlsx（Excel 工作簿）后重新导入',
  );

/**
 * Reads a ZIP's central directory (the whole file is in memory) and checks the
 * entry count and the declared uncompressed sizes against the limits before
 * anything is inflated. ZIP64, encryption and methods other than stored and
 * deflate are refused: no XLSX an import takes needs them.
 */
export function zipEntries(zip: Uint8Array, limits: ImportLimits): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notXlsx('it is not a ZIP file');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw notXlsx('ZIP64 is not supported');
  if (count > limits.maxXlsxEntries) {
    throw new ImportRefusedError(
      422,
      'maxXlsxEntries',
      `the XLSX holds ${count} ZIP entries: more than the ${limits.maxXlsxEntries} an import takes (limit maxXlsxEntries)`,
    );
  }
  if (directoryOffset + directorySize > end) throw notXlsx('its ZIP directory is damaged');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let declared = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) {
      throw notXlsx('its ZIP directory is damaged');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw notXlsx(`the entry ${name} is encrypted`);
    if (method !== 0 && method !== 8)
      throw notXlsx(`the entry ${name} uses an unknown compression`);
    if (size === 0xffffffff || compressedSize === 0xffffffff)
      throw notXlsx('ZIP64 is not supported');
    declared += size;
    if (declared > limits.maxXlsxUncompressedBytes) {
      throw new ImportRefusedError(
        413,
        'maxXlsxUncompressedBytes',
        `the XLSX declares more than ${limits.maxXlsxUncompressedBytes} bytes once uncompressed (limit maxXlsxUncompressedBytes): nothing was inflated`,
      );
    }
    entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
  }
  return entries;
}

/**
 * The bytes of one entry, inflated as they are read, in chunks of at most 64 KiB.
 * Inflating stops as soon as the entry gives more bytes than it declared or
 * `budget.left` runs out, so a ZIP whose directory lies cannot inflate past the limit.
 */
export async function* entryChunks(
  zip: Uint8Array,
  entry: ZipEntry,
  budget: { left: number },
  limits: ImportLimits,
): AsyncGenerator<Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > zip.length || view.getUint32(header, true) !== 0x04034b50) {
    throw notXlsx(`the entry ${entry.name} is damaged`);
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > zip.length)
    throw notXlsx(`the entry ${entry.name} is cut short`);
  const data = zip.subarray(start, start + entry.compressedSize);
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.left -= chunk.length;
    if (budget.left < 0) {
      throw new ImportRefusedError(
        413,
        'maxXlsxUncompressedBytes',
        `the XLSX inflates to more than ${limits.maxXlsxUncompressedBytes} bytes (limit maxXlsxUncompressedBytes)`,
      );
    }
    if (produced > entry.size) {
      throw notXlsx(`the entry ${entry.name} inflates to more bytes than it declares`);
    }
  };
  if (entry.method === 0) {
    for (let from = 0; from < data.length; from += 65_536) {
      const chunk = data.subarray(from, from + 65_536);
      take(chunk);
      yield chunk;
    }
    return;
  }
  const inflater = createInflateRaw({ chunkSize: 65_536 });
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Uint8Array>) {
      take(chunk);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    throw notXlsx(`the entry ${entry.name} does not inflate`);
  } finally {
    inflater.destroy();
  }
}
