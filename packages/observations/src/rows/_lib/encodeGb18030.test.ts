import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from './encodeGb18030.js';

const gb18030 = (bytes: Uint8Array) => new TextDecoder('gb18030', { fatal: true }).decode(bytes);

describe('encodeGb18030', () => {
  it('writes GBK’s two bytes for Chinese, one byte for ASCII', () => {
    expect([...encodeGb18030('东胜区,12')]).toEqual([
      0xb6, 0xab, 0xca, 0xa4, 0xc7, 0xf8, 0x2c, 0x31, 0x32,
    ]);
  });

  it('round-trips every character outside surrogates and the private use area, also beyond the BMP', () => {
    let text = '';
    for (let code = 0; code <= 0xffff; code++) {
      if (code < 0xd800 || code > 0xf8ff) text += String.fromCharCode(code);
    }
    text += '😀𠀀';
    expect(gb18030(encodeGb18030(text)) === text).toBe(true);
  });

  it('writes ? for what GB18030 cannot hold: a lone surrogate', () => {
    expect(gb18030(encodeGb18030('a\ud800b'))).toBe('a?b');
  });

  it('writes an empty text as no bytes', () => {
    expect(encodeGb18030('')).toHaveLength(0);
  });
});
