import { describe, expect, it } from 'vitest';
import { latinSentences, plainWords } from './latinSentences.js';

describe('latinSentences', () => {
  it('finds an English sentence on a Chinese page', () => {
    expect(latinSentences('学前三年入园率\n101.5 is above 100: not a possible percentage')).toEqual(
      ['101.5 is above 100: not a possible percentage'],
    );
  });

  it('finds English between Chinese words on one line', () => {
    expect(latinSentences('导入失败：the file is not UTF-8。请重试')).toEqual([
      'the file is not UTF-8',
    ]);
  });

  it('passes Chinese text with figures, dates and units', () => {
    expect(
      latinSentences('完成进度 63% / 时序进度 60%\n2023年12月31日 +2.3个百分点 12 km'),
    ).toEqual([]);
  });

  it('passes codes: target ids, indicator ids, file formats and encodings', () => {
    expect(
      latinSentences(
        '目标 T-P06-M2-1（第 694 行）\npreschool-enrolment-rate\nCSV 模板（UTF-8）\nExcel 模板（XLSX）\n英文列名 indicator_id、region、year、value',
      ),
    ).toEqual([]);
  });

  it('passes a value written in the import syntax and a method’s proper name', () => {
    expect(latinSentences('分项 secondary=59;higher=52\n趋势 Theil–Sen 估计')).toEqual([]);
  });

  it('passes proper names and units alone', () => {
    expect(latinSentences('English\n带宽 100 Mbps\n差距 −0.1 pp\nOpen SDG 方法')).toEqual([]);
  });

  it('counts one stray word as no sentence, and two as one', () => {
    expect(latinSentences('状态：unknown')).toEqual([]);
    expect(latinSentences('状态：not judged')).toEqual(['not judged']);
    expect(latinSentences('状态：not judged', 3)).toEqual([]);
  });
});

describe('plainWords', () => {
  it('leaves out codes, units and names, keeping the words', () => {
    expect(plainWords('Import CSV in UTF-8 from Excel on Windows: 12 pp')).toEqual([
      'Import',
      'in',
      'from',
      'on',
    ]);
  });
});
