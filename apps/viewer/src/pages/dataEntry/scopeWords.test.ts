import { describe, expect, it } from 'vitest';
import { fill } from '../../i18n/LocaleProvider.js';
import { type Locale, messages } from '../../i18n/messages.js';
import { planSummary } from '../../test/fakeApi.js';
import { scopeWords } from './scopeWords.js';

const words = (locale: Locale) => ({
  locale,
  t: (key: keyof (typeof messages)['zh'], values?: Record<string, string | number>) =>
    fill(messages[locale][key], values),
  pick: (text: { zh: string; en: string }) => text[locale],
});

describe('scopeWords', () => {
  it('names a district and says its figures wait for the city, in zh and en', () => {
    expect(scopeWords({ regions: ['dongsheng'] }, planSummary, words('zh'))).toBe(
      '东胜区 · 提交后需市级审核',
    );
    expect(scopeWords({ regions: ['dongsheng'] }, planSummary, words('en'))).toBe(
      'Dongsheng District · figures need the city’s approval',
    );
  });

  it('says a city or unrestricted token’s figures count at once', () => {
    expect(scopeWords({ regions: ['ordos'] }, planSummary, words('zh'))).toBe(
      '鄂尔多斯市 · 录入即生效',
    );
    expect(scopeWords(null, planSummary, words('en'))).toBe('Any region · figures count at once');
  });

  it('adds the table and indicator limits, and names an unknown id as it is', () => {
    expect(
      scopeWords(
        { regions: ['dongsheng', 'elsewhere'], tables: ['sports'], indicators: ['a', 'b'] },
        planSummary,
        words('zh'),
      ),
    ).toMatch(/^东胜区、elsewhere · 提交后需市级审核 · 限.+ · 限 2 项指标$/);
  });
});
