import { describe, expect, it } from 'vitest';
import { sourceLabel } from './sourceLabel.js';

describe('sourceLabel', () => {
  it('names the sources the system gives by what they are', () => {
    expect(sourceLabel('plan')).toEqual({ zh: '规划文本', en: 'Plan text' });
    expect(sourceLabel('demo')).toEqual({ zh: '示例数据', en: 'Demo data' });
    expect(sourceLabel('predecessor-plan')).toEqual({ zh: '上期规划', en: 'Previous plan' });
    expect(sourceLabel('import').zh).toBe('表格导入');
    expect(sourceLabel('api').zh).toBe('在线填报');
  });
  it('shows any other source as given', () => {
    expect(sourceLabel('市统计局')).toEqual({ zh: '市统计局', en: '市统计局' });
    expect(sourceLabel('statistics-bureau')).toEqual({
      zh: 'statistics-bureau',
      en: 'statistics-bureau',
    });
  });
  it('does not take names of object properties for sources', () => {
    expect(sourceLabel('constructor')).toEqual({ zh: 'constructor', en: 'constructor' });
  });
});
