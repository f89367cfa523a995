import { describe, expect, it } from 'vitest';
import { latinSentences } from './latinSentences.js';

const texts = (text, options) => latinSentences(text, options).map((found) => found.text);

describe('latinSentences', () => {
  it('finds an English sentence on a line of its own', () => {
    expect(texts('学前三年入园率\n101.5 is above 100: not a possible percentage')).toEqual([
      '101.5 is above 100: not a possible percentage',
    ]);
  });

  it('finds English between Chinese words on one line, with the text around it', () => {
    expect(texts('导入失败：the file is not UTF-8。请重试')).toEqual(['the file is not UTF-8']);
    const [found] = latinSentences('一致性：The table prints 56 for 2025. 其余一致');
    expect(found?.text).toBe('The table prints 56 for 2025.');
    expect(found?.context).toContain('一致性');
    expect(found?.context).toContain('其余一致');
  });

  it('passes Chinese text with figures, dates and units', () => {
    expect(
      texts('完成进度 63% / 时序进度 60%\n2023年12月31日 +2.3个百分点 12 km\n面积 3.0 m²'),
    ).toEqual([]);
    expect(texts('≤55.5%，较上年+3.2 pp\n带宽 100 Mbps\n差距 −0.1 pp')).toEqual([]);
  });

  it('passes codes: target and indicator ids, sources, formats, encodings and import syntax', () => {
    expect(
      texts(
        [
          '原文第694行 T-P06-M2-1（statistics-bureau）',
          '目标 T-P06-M2-1（第 694 行）',
          'preschool-enrolment-rate',
          'time-progress\nopen-sdg',
          'CSV 模板（UTF-8）、Excel 模板（XLSX）、GB/T 9704',
          '英文列名 indicator_id、region、year、value',
          '分项 secondary=59;higher=52',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('passes proper names, of one word or more', () => {
    expect(
      texts(
        [
          'English',
          '时序进度法、Open SDG 进展法（sdg-build）、SDSN 仪表盘法',
          '趋势 Theil–Sen 估计',
          '由 plan 命令行工具生成；来源“demo”',
          '用 Excel 或 WPS 打开，Windows 上的 Word',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('does not count codes, units and names as words', () => {
    expect(texts('说明：Import CSV in UTF-8 from Excel on Windows: 12 pp')).toEqual([
      'Import CSV in UTF-8 from Excel on Windows: 12 pp',
    ]);
    expect(texts('说明：CSV UTF-8 Excel Windows 12 pp on')).toEqual([]);
  });

  it('counts one stray word as no sentence, two as one, or as many as asked', () => {
    expect(texts('状态：unknown')).toEqual([]);
    expect(texts('状态：not judged')).toEqual(['not judged']);
    expect(texts('状态：behind schedule')).toEqual(['behind schedule']);
    expect(texts('状态：not judged', { minWords: 3 })).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    expect(latinSentences('')).toEqual([]);
  });
});
