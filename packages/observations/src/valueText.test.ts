import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { formatValueText, parseValueText } from './valueText.js';

const dualTeachers = ordosPlan.indicators.find(
  (indicator) => indicator.id === 'dual-qualified-teachers-share',
);

describe('formatValueText', () => {
  it('writes a number as it is, or with the number format given', () => {
    expect(formatValueText(63.5, 'zh')).toBe('63.5');
    expect(formatValueText(1234.5, 'en', { number: (value) => value.toLocaleString('en') })).toBe(
      '1,234.5',
    );
  });

  it('writes a ratio with the full-width colon in Chinese and a plain one in English', () => {
    expect(formatValueText({ ratio: [38, 62] }, 'zh')).toBe('38：62');
    expect(formatValueText({ ratio: [38, 62] }, 'en')).toBe('38:62');
  });

  it("names parts by the indicator's labels in each language", () => {
    const value = { parts: { secondary: 59, higher: 52 } };
    expect(formatValueText(value, 'zh', { indicator: dualTeachers })).toBe('中职59 / 高职52');
    expect(formatValueText(value, 'en', { indicator: dualTeachers })).toBe(
      'Secondary vocational 59 / Higher vocational 52',
    );
  });

  it('writes parts by id, as an import reads them, without the indicator', () => {
    expect(formatValueText({ parts: { secondary: 59, higher: 52 } }, 'en')).toBe(
      'secondary=59;higher=52',
    );
  });
});

describe('parseValueText', () => {
  it('reads back what formatValueText writes without labels, in either language', () => {
    for (const value of [63.5, { ratio: [38, 62] }, { parts: { secondary: 59, higher: 52 } }]) {
      for (const locale of ['zh', 'en'] as const) {
        expect(parseValueText(formatValueText(value, locale))).toEqual({ ok: true, value });
      }
    }
  });

  it('reads a ratio written three ways: 38:62, 38：62 and 38 : 62', () => {
    for (const text of ['38:62', '38：62', '38 : 62']) {
      expect(parseValueText(text)).toEqual({ ok: true, value: { ratio: [38, 62] } });
    }
  });

  it('refuses empty text, a broken ratio, a part given twice and words', () => {
    expect(parseValueText(' ')).toEqual({
      ok: false,
      message: 'the value is empty',
      messageZh: '数值为空',
    });
    expect(parseValueText('38:x').ok).toBe(false);
    expect(parseValueText('secondary=1;secondary=2')).toEqual({
      ok: false,
      message: 'part "secondary" is given twice',
      messageZh: '分项“secondary”给了两次',
    });
    expect(parseValueText('about sixty').ok).toBe(false);
  });
});
