import { describe, expect, it } from 'vitest';
import { ConflictError } from '../conflictError.js';
import {
  DuplicateItemError,
  DuplicateUnitError,
  EvidenceTooLargeError,
  UnknownReportError,
  UnknownUnitError,
} from './errors.js';

describe('the tracking errors', () => {
  it('carry their text in Chinese and English, the English as their message', () => {
    for (const error of [
      new UnknownUnitError(['a']),
      new UnknownUnitError(['a', 'b'], 'P08-M2'),
      new DuplicateUnitError('id', 'finance', 'finance'),
      new UnknownReportError('r-1'),
      new DuplicateItemError('P08-M2'),
      new EvidenceTooLargeError(11, 10),
    ]) {
      expect(error.message).toBe(error.messages.en);
      expect(error.messages.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('name every unknown unit and the item they were for', () => {
    expect(new UnknownUnitError(['a', 'b'], 'P08-M2').messages).toEqual({
      zh: '未知的单位 “a”、“b”（用于 P08-M2）：请先添加该单位',
      en: 'unknown units "a", "b" (for P08-M2): create the unit first',
    });
    expect(new UnknownUnitError(['a']).messages).toEqual({
      zh: '未知的单位 “a”：请先添加该单位',
      en: 'unknown unit "a": create the unit first',
    });
  });

  it('keep a duplicate unit a ConflictError naming the unit already there', () => {
    const error = new DuplicateUnitError('nameZh', '市财政局', 'finance');
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.existingId).toBe('finance');
    expect(error.messages).toEqual({
      zh: '名为“市财政局”的单位已存在（编号“finance”）',
      en: 'a unit named "市财政局" already exists (id "finance")',
    });
  });

  it('say the size and the limit of an evidence file too large', () => {
    expect(new EvidenceTooLargeError(11, 10).messages).toEqual({
      zh: '佐证文件为 11 字节，超过可保存的 10 字节',
      en: 'evidence file of 11 bytes is larger than the 10 bytes kept',
    });
  });
});
