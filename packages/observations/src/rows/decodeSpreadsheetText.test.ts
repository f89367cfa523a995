import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from './_lib/encodeGb18030.js';
import { csvEncodingOf, decodeSpreadsheetText, NOT_TEXT_MESSAGE } from './decodeSpreadsheetText.js';
import { ImportRefusedError } from './importLimits.js';

const TEXT = '指标名称,旗区,年份,数值\n学前三年入园率,东胜区,2022,91.5\n';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSpreadsheetText', () => {
  it('reads UTF-8 with a byte-order mark (Excel’s “CSV UTF-8”) and drops the mark', () => {
    expect(decodeSpreadsheetText(utf8(`\uFEFF${TEXT}`))).toEqual({
      text: TEXT,
      encoding: 'utf-8-bom',
    });
  });

  it('reads UTF-8 without a mark, and plain ASCII as UTF-8', () => {
    expect(decodeSpreadsheetText(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeSpreadsheetText(utf8('a,b\n1,2\n')).encoding).toBe('utf-8');
  });

  it('reads GBK (Excel’s “CSV (逗号分隔)” on Chinese Windows) as GB18030', () => {
    expect(decodeSpreadsheetText(encodeGb18030(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('refuses bytes that are neither, naming both encodings and what to do', () => {
    const bytes = new Uint8Array([...encodeGb18030('指标'), 0xff, 0x41]);
    expect(csvEncodingOf(bytes)).toBe('gb18030');
    expect(() => decodeSpreadsheetText(bytes)).toThrow(NOT_TEXT_MESSAGE);
    expect(NOT_TEXT_MESSAGE).toMatch(/UTF-8.*GB18030\/GBK.*CSV UTF-8/);
    try {
      decodeSpreadsheetText(bytes);
    } catch (error) {
      expect((error as ImportRefusedError).refusal).toMatchObject({
        status: 422,
        limit: 'encoding',
      });
    }
  });

  it('refuses UTF-16 (“Unicode 文本”) and NUL bytes before guessing', () => {
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${TEXT}`, 'utf16le'));
    expect(() => csvEncodingOf(utf16)).toThrow(/UTF-16/);
    expect(() => csvEncodingOf(new Uint8Array([0x61, 0, 0x62]))).toThrow(ImportRefusedError);
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeSpreadsheetText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
