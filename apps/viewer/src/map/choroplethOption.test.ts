import { describe, expect, it } from 'vitest';
import { choroplethOption, equalIntervals } from './choroplethOption.js';

const format = (value: number) => value.toFixed(1);

describe('equalIntervals', () => {
  it('splits the range into five contiguous classes of equal width, no gaps or overlaps', () => {
    const classes = equalIntervals([10, 20, 30, 40, 50, 60], format);
    expect(classes).toHaveLength(5);
    expect(classes[0]).toMatchObject({ min: 10, label: '10.0 – 20.0' });
    expect(classes.at(-1)).toMatchObject({ max: 60 });
    for (let index = 1; index < classes.length; index++) {
      const previous = classes[index - 1] as { max: number };
      expect((classes[index] as { min: number }).min).toBe(previous.max);
    }
  });

  it('makes no more classes than there are distinct values, spreading the palette', () => {
    const classes = equalIntervals([1, 1, 3, null], format);
    expect(classes).toHaveLength(2);
    expect(classes[0]?.colour).not.toBe(classes[1]?.colour);
  });

  it('makes one class when every value is the same, and none without values', () => {
    expect(equalIntervals([4, 4, null], format)).toEqual([
      expect.objectContaining({ min: 4, max: 4, label: '4.0' }),
    ]);
    expect(equalIntervals([null, null], format)).toEqual([]);
  });
});

describe('choroplethOption', () => {
  const option = choroplethOption({
    map: '鄂尔多斯',
    areas: [
      { feature: '东胜区', label: 'Dongsheng District', value: 1, text: 'Ahead of schedule' },
      { feature: '乌审旗', label: 'Uxin Banner', value: null, text: 'No data' },
    ],
    legend: [
      { value: 0, label: 'Achieved', colour: '#1a7f37' },
      { value: 1, label: 'Ahead of schedule', colour: '#2da44e' },
    ],
    description: 'Map of the districts',
  });
  const series = (Array.isArray(option.series) ? option.series[0] : option.series) as {
    nameMap: Record<string, string>;
    data: { name: string; value: unknown }[];
  };

  it('names each feature in the reader’s language, and leaves a region without a figure uncoloured', () => {
    expect(series.nameMap).toEqual({ 东胜区: 'Dongsheng District', 乌审旗: 'Uxin Banner' });
    expect(series.data).toEqual([
      expect.objectContaining({ name: 'Dongsheng District', value: 1 }),
      expect.objectContaining({ name: 'Uxin Banner', value: '-' }),
    ]);
  });

  it('shows the legend as labelled pieces, one per status', () => {
    const visualMap = option.visualMap as {
      type: string;
      pieces: { label: string; value: number }[];
    };
    expect(visualMap.type).toBe('piecewise');
    expect(visualMap.pieces.map((piece) => [piece.value, piece.label])).toEqual([
      [0, 'Achieved'],
      [1, 'Ahead of schedule'],
    ]);
  });

  it('turns value classes into contiguous pieces, the last one closed', () => {
    const byValue = choroplethOption({
      map: 'm',
      areas: [],
      legend: equalIntervals([0, 10], format),
      description: '',
    });
    const pieces = (byValue.visualMap as { pieces: Record<string, number>[] }).pieces;
    expect(pieces[0]).toMatchObject({ gte: 0, lt: 5 });
    expect(pieces[1]).toMatchObject({ gte: 5, lte: 10 });
  });

  it('enables ECharts’ aria description', () => {
    expect(option.aria).toEqual({ enabled: true, label: { description: 'Map of the districts' } });
  });
});
