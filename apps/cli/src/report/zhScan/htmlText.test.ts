import { latinSentences } from '@plan/vitest-config/latinSentences';
import { describe, expect, it } from 'vitest';
import { htmlText } from './htmlText.js';

describe('htmlText', () => {
  it('reads the text a reader sees in HTML: no styles, markup or entities', () => {
    const html =
      '<style>body { font: 14px sans-serif }</style><p title="x">指标 &amp; 数值</p><svg><text>图例</text></svg>';
    const text = htmlText(html);
    expect(text).not.toContain('font');
    expect(text).toContain('指标 & 数值');
    expect(text).toContain('图例');
    expect(latinSentences(text)).toEqual([]);
  });

  it('drops scripts and keeps an English sentence of the body for the scan to find', () => {
    const text = htmlText('<script>var x = "not shown here"</script><p>状态：behind schedule</p>');
    expect(text).not.toContain('not shown');
    expect(latinSentences(text).map((found) => found.text)).toEqual(['behind schedule']);
  });
});
