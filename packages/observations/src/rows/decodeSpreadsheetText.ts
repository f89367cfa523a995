import { isUtf8 } from 'node:buffer';
import { ImportRefusedError } from './importLimits.js';

/**
 * The encoding a CSV file was read in: UTF-8 with a byte-order mark (Excel's "CSV UTF-8"),
 * UTF-8 without one, or GB18030 (a superset of GBK: Excel's "CSV (逗号分隔)" on
 * Simplified-Chinese Windows).
 */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** NOT_TEXT_MESSAGE in Chinese alone. */
export const NOT_TEXT_MESSAGE_ZH =
  '文件既不是 UTF-8 也不是 GB18030/GBK 编码：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新导入';

/** The refusal of bytes that are text in neither encoding tried, and what to do instead. */
export const NOT_TEXT_MESSAGE =
  'the file is neither UTF-8 nor GB18030/GBK text: in Excel choose 另存为 (Save As) → "CSV UTF-8 (逗号分隔)" and send it again (文件既不是 UTF-8 也不是 GB18030/GBK 编码：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新导入)';

/**
 * Which encoding CSV bytes are in, as Excel decides: a UTF-8 byte-order mark; else bytes
 * that are valid UTF-8 (plain ASCII is) are UTF-8; else GB18030. Only the last is a guess:
 * whether the bytes decode cleanly as GB18030 is known once they are decoded (see
 * decodeSpreadsheetText, and readObservationRows, which decodes a slice at a time).
 *
 * @throws ImportRefusedError (422, `encoding`) for UTF-16 text (Excel's "Unicode 文本")
 *   and for bytes holding NUL, which no CSV text does
 */
export function csvEncodingOf(bytes: Uint8Array): CsvEncoding {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportRefusedError(
      422,
      'encoding',
      'the file is UTF-16 text (Excel’s "Unicode 文本"): save it as "CSV UTF-8 (逗号分隔)" and send it again',
      '文件是 UTF-16 文本（Excel 的“Unicode 文本”）：请另存为“CSV UTF-8（逗号分隔）”后重新导入',
    );
  }
  if (bytes.indexOf(0) !== -1) {
    throw new ImportRefusedError(
      422,
      'encoding',
      'the file holds NUL bytes: it is not UTF-8 or GB18030 text (is it a spreadsheet sent as text/csv?)',
      '文件中有空字节（NUL），不是 UTF-8 或 GB18030 文本（是否把 Excel 工作簿当作 CSV 发送了？）',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/**
 * Decodes a whole CSV file's bytes to text (without a byte-order mark) and names the
 * encoding it was in (csvEncodingOf). For a preview or a small file: an import reads its
 * file a slice at a time instead.
 *
 * @throws ImportRefusedError (422, `encoding`) when the bytes are neither UTF-8 nor GB18030
 *   (NOT_TEXT_MESSAGE), are UTF-16 or hold NUL
 * @example
 *   decodeSpreadsheetText(gbkBytes); // { text: '指标名称,旗区,…', encoding: 'gb18030' }
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const encoding = csvEncodingOf(bytes);
  try {
    const decoder = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8', { fatal: true });
    return { text: decoder.decode(bytes), encoding };
  } catch (error) {
    if (isInvalidEncoded(error))
      throw new ImportRefusedError(422, 'encoding', NOT_TEXT_MESSAGE, NOT_TEXT_MESSAGE_ZH);
    throw error;
  }
}

/** TextDecoder's error for bytes that are not in its encoding (fatal mode). */
export function isInvalidEncoded(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    (error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
  );
}
