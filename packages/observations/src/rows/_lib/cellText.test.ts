import { describe, expect, it } from 'vitest';
import { dateCell, plainCell, valueCell, yearCell } from './cellText.js';

describe('plainCell', () => {
  it('turns full-width digits and punctuation into ASCII and trims ideographic spaces', () => {
    expect(plainCell('　１２．５％ ')).toBe('12.5%');
    expect(plainCell('３８：６２')).toBe('38:62');
    expect(plainCell('１，４８６')).toBe('1,486');
    expect(plainCell('ｓｅｃｏｎｄａｒｙ＝５９；ｈｉｇｈｅｒ＝５２')).toBe(
      'secondary=59;higher=52',
    );
  });

  it('leaves Chinese text and ASCII as they are, trimmed', () => {
    expect(plainCell(' 东胜区 ')).toBe('东胜区');
    expect(plainCell(' 57 ')).toBe('57');
  });
});

describe('valueCell', () => {
  it('drops thousands separators from a grouped number only', () => {
    expect(valueCell('1,486')).toEqual({ text: '1486', percent: false });
    expect(valueCell('12,345,678.5')).toEqual({ text: '12345678.5', percent: false });
    expect(valueCell('1,48')).toEqual({ text: '1,48', percent: false });
    expect(valueCell('38:62')).toEqual({ text: '38:62', percent: false });
  });

  it('takes percent signs off and says there were some', () => {
    expect(valueCell('12%')).toEqual({ text: '12', percent: true });
    expect(valueCell('secondary=59%;higher=52%')).toEqual({
      text: 'secondary=59;higher=52',
      percent: true,
    });
    expect(valueCell('57')).toEqual({ text: '57', percent: false });
  });
});

describe('yearCell', () => {
  it('reads 2022年 as 2022 and leaves other text for the year check', () => {
    expect(yearCell('2022年')).toBe('2022');
    expect(yearCell('2022')).toBe('2022');
    expect(yearCell('20x')).toBe('20x');
  });
});

describe('dateCell', () => {
  it('writes the common other forms of a day as YYYY-MM-DD', () => {
    expect(dateCell('2023/6/30')).toBe('2023-06-30');
    expect(dateCell('2023.06.30')).toBe('2023-06-30');
    expect(dateCell('2023-6-3')).toBe('2023-06-03');
    expect(dateCell('2023年6月30日')).toBe('2023-06-30');
  });

  it('leaves ISO dates and anything else untouched, for the calendar check', () => {
    expect(dateCell('2023-06-30')).toBe('2023-06-30');
    expect(dateCell('30/6/2023')).toBe('30/6/2023');
    expect(dateCell('2023/13/40')).toBe('2023-13-40');
  });
});
