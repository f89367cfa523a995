import { describe, expect, it } from 'vitest';
import { encodedEtag, etagForms } from './encodedEtag.js';

describe('encodedEtag', () => {
  it('puts the encoding inside the quotes, weak or strong', () => {
    expect(encodedEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(encodedEtag('"d12-xyz"', 'gzip')).toBe('"d12-xyz-gzip"');
    expect(encodedEtag('W/"abc"', 'gzip')).toBe('W/"abc-gzip"');
  });

  it('leaves a malformed tag as it is', () => {
    expect(encodedEtag('abc', 'br')).toBe('abc');
  });
});

describe('etagForms', () => {
  it('lists the tag and its compressed forms, without W/', () => {
    expect(etagForms('"abc"')).toEqual(['"abc"', '"abc-br"', '"abc-gzip"']);
    expect(etagForms('W/"abc"')).toEqual(['"abc"', '"abc-br"', '"abc-gzip"']);
  });
});
