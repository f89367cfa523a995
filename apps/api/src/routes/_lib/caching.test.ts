import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cacheableResponse, notModified, observationEtag, versionFromIfMatch } from './caching.js';

const answer = (ifNoneMatch: string | undefined, etag: string) => {
  const app = new Hono();
  app.get('/', (c) => notModified(c, etag) ?? cacheableResponse(c, '{"a":1}', { etag }));
  return app.request('/', {
    headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch },
  });
};

describe('notModified and cacheableResponse', () => {
  it('answer 304 to the tag, weak or strong, and to the tags of its compressed forms', async () => {
    for (const sent of [
      '"v1"',
      'W/"v1"',
      '"v1-br"',
      '"v1-gzip"',
      'W/"v1-br"',
      '"x", "v1-gzip"',
      '*',
    ])
      expect([sent, (await answer(sent, '"v1"')).status]).toEqual([sent, 304]);
  });

  it('answer 200 to another tag, another encoding or none', async () => {
    for (const sent of [undefined, '"v2"', '"v1-deflate"', '"v1-br-br"', '"v"', 'v1'])
      expect([sent, (await answer(sent, '"v1"')).status]).toEqual([sent, 200]);
  });
});

describe('versionFromIfMatch', () => {
  const id = 'obs-1';
  it('reads the version from the tag or from the tag of a compressed answer', () => {
    expect(versionFromIfMatch(observationEtag(id, 3), id)).toEqual({ kind: 'version', version: 3 });
    expect(versionFromIfMatch('"obs-1.v3-br"', id)).toEqual({ kind: 'version', version: 3 });
    expect(versionFromIfMatch('"x.v1", "obs-1.v4-gzip"', id)).toEqual({
      kind: 'version',
      version: 4,
    });
  });

  it('names what it cannot read: missing, any, weak, another id or encoding', () => {
    expect(versionFromIfMatch(undefined, id)).toEqual({ kind: 'missing' });
    expect(versionFromIfMatch(' ', id)).toEqual({ kind: 'missing' });
    expect(versionFromIfMatch('*', id)).toEqual({ kind: 'any' });
    expect(versionFromIfMatch('W/"obs-1.v3"', id)).toEqual({ kind: 'other' });
    expect(versionFromIfMatch('"obs-2.v3-br"', id)).toEqual({ kind: 'other' });
    expect(versionFromIfMatch('"obs-1.v3-deflate"', id)).toEqual({ kind: 'other' });
  });
});
