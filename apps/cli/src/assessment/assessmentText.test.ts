import { describe, expect, it } from 'vitest';
import { ASSESSMENT_TEXT, textIn } from './assessmentText.js';

describe('textIn', () => {
  it('picks one language of every key', () => {
    const en = textIn(ASSESSMENT_TEXT, 'en');
    expect(en.indicator).toBe('Indicator');
    expect(en.count(3)).toBe('3 indicators');
    expect(textIn(ASSESSMENT_TEXT, 'zh').count(3)).toBe('3项');
  });

  it.each(Object.entries(ASSESSMENT_TEXT))('%s is written in both languages alike', (_, entry) => {
    expect(typeof entry.zh).toBe(typeof entry.en);
  });
});
