import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './contentEncoding.js';

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;

  it('prefers brotli, then gzip, as browsers ask', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
  });

  it('gives the plain bytes to a client that accepts no compression', () => {
    expect(chooseEncoding(undefined, both)).toBe('identity');
    expect(chooseEncoding('', both)).toBe('identity');
    expect(chooseEncoding('identity', both)).toBe('identity');
    expect(chooseEncoding('deflate', both)).toBe('identity');
    expect(chooseEncoding('br', [])).toBe('identity');
  });

  it('honours q-values: q=0 refuses an encoding, * accepts the rest', () => {
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBe('identity');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0.5, br;q=0', both)).toBe('gzip');
    expect(chooseEncoding('BR;Q=0.8', both)).toBe('br');
    expect(chooseEncoding('x-gzip', both)).toBe('gzip');
  });
});
