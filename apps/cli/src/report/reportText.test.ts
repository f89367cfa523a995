import { describe, expect, it } from 'vitest';
import { REPORT_TEXT, reportText } from './reportText.js';

const shapeOf = (value: unknown): unknown => {
  if (typeof value === 'function') return `function/${value.length}`;
  if (Array.isArray(value)) return 'array';
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value).map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    );
  return typeof value;
};

describe('REPORT_TEXT', () => {
  it.each(Object.entries(REPORT_TEXT))(
    '%s has a Chinese and an English entry of one shape',
    (_, entry) => {
      expect(shapeOf(entry.zh)).toEqual(shapeOf(entry.en));
    },
  );

  it('has no empty words', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const [key, value] of Object.entries(reportText(lang)))
        if (typeof value === 'string') expect(value, `${lang}.${key}`).not.toBe('');
  });

  it('picks one language for every key', () => {
    const t = reportText('en');
    expect(t.sections.summary).toBe('1. Overview');
    expect(t.baseline(2020)).toBe('2020');
    expect(reportText('zh').target(2025)).toBe('2025年目标');
  });
});
