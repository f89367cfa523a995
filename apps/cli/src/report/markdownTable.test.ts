import { describe, expect, it } from 'vitest';
import { markdownTable } from './markdownTable.js';

describe('markdownTable', () => {
  it('pads every column to one width, Chinese counted double, numbers to the right', () => {
    expect(
      markdownTable(
        ['指标', 'n'],
        [
          ['入园率', '7'],
          ['a', '12'],
        ],
        [1],
      ),
    ).toBe(
      ['| 指标   |   n |', '| ------ | --: |', '| 入园率 |   7 |', '| a      |  12 |'].join('\n'),
    );
  });

  it('escapes pipes and flattens line breaks, so a cell cannot break the table', () => {
    expect(markdownTable(['a'], [['x | y\nz']])).toContain('| x \\| y z |');
  });

  it('writes < as &lt;, so text from the database is never markup', () => {
    expect(markdownTable(['a'], [['<script>x</script>']])).toContain(
      '| &lt;script>x&lt;/script> |',
    );
  });
});
