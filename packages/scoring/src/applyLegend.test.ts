import { describe, expect, it } from 'vitest';
import { applyLegend } from './applyLegend.js';
import { legendTrend } from './legendTrend.js';
import { parseLegend } from './parseLegend.js';

const legend = parseLegend({
  rules: [
    { start: null, end: 0, label: { zh: '倒退', en: 'Going back' }, colour: '#cf222e' },
    { start: 0, end: 60, label: { zh: '滞后', en: 'Lagging' }, colour: '#e16f24' },
    { start: 60, end: 100, label: { zh: '推进中', en: 'Progressing' }, colour: '#d4a72c' },
    { start: 100, end: null, label: { zh: '完成', en: 'Done' }, colour: '#2da44e' },
  ],
  minimumGap: 1,
});

describe('applyLegend', () => {
  it('finds the band a value falls in: start included, end excluded', () => {
    expect(applyLegend(legend, 59.9)?.label.en).toBe('Lagging');
    expect(applyLegend(legend, 60)?.label.en).toBe('Progressing');
    expect(applyLegend(legend, 100)?.label.en).toBe('Done');
    expect(applyLegend(legend, -5)?.index).toBe(0);
  });

  it('treats 0 as a value, not as no data (unlike DHIS2)', () => {
    expect(applyLegend(legend, 0)?.label.en).toBe('Lagging');
  });

  it('gives null for no data', () => {
    expect(applyLegend(legend, null)).toBeNull();
    expect(applyLegend(legend, Number.NaN)).toBeNull();
  });

  it('lets the first matching rule win, and gives null when none matches', () => {
    const overlapping = parseLegend({
      rules: [
        { start: 0, end: 50, label: { zh: '甲', en: 'A' }, colour: '#000000' },
        { start: 25, end: 75, label: { zh: '乙', en: 'B' }, colour: '#ffffff' },
      ],
    });
    expect(applyLegend(overlapping, 30)?.label.en).toBe('A');
    expect(applyLegend(overlapping, 80)).toBeNull();
  });
});

describe('legendTrend', () => {
  it('shows an arrow only when the change exceeds the minimum gap', () => {
    expect(legendTrend(legend, 50, 52)).toBe('up');
    expect(legendTrend(legend, 50, 48.5)).toBe('down');
    expect(legendTrend(legend, 50, 51)).toBe('flat');
    expect(legendTrend(legend, null, 51)).toBeNull();
  });
});

describe('parseLegend', () => {
  it('refuses a band whose start is not below its end, naming the rule', () => {
    expect(() =>
      parseLegend({
        rules: [{ start: 5, end: 5, label: { zh: '甲', en: 'A' }, colour: '#000000' }],
      }),
    ).toThrow(/rules\[0\]\.end: start must be below end/);
  });
  it('refuses a colour that is not #rrggbb and a legend without rules', () => {
    expect(() =>
      parseLegend({ rules: [{ start: 0, end: 1, label: { zh: '甲', en: 'A' }, colour: 'green' }] }),
    ).toThrow(/rules\[0\]\.colour: expected a colour/);
    expect(() => parseLegend({ rules: [] })).toThrow(/a legend needs at least one rule/);
  });
});
