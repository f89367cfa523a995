import { describe, expect, it } from 'vitest';
import { installFakeApi, observation } from '../test/fakeApi.js';
import { allItems, fetchAllObservations, OBSERVATION_PAGE } from './queries.js';

describe('fetchAllObservations', () => {
  it('follows nextCursor until the last page, asking for the largest page the API allows', async () => {
    const first = observation({ indicatorId: 'a', year: 2021, value: 1 });
    const second = observation({ indicatorId: 'a', year: 2022, value: 2 });
    const calls = installFakeApi([], {
      'GET /api/v1/observations': ({ url }) =>
        url.searchParams.get('cursor') === 'page-2'
          ? { items: [second], nextCursor: null, dataVersion: 7 }
          : { items: [first], nextCursor: 'page-2', dataVersion: 7 },
    });
    const list = await fetchAllObservations({ indicatorId: 'a', region: undefined });
    expect(list.items.map((item) => item.value)).toEqual([1, 2]);
    expect(list.nextCursor).toBeNull();
    expect(calls.map((call) => call.url.search)).toEqual([
      `?indicatorId=a&limit=${OBSERVATION_PAGE}`,
      `?indicatorId=a&limit=${OBSERVATION_PAGE}&cursor=page-2`,
    ]);
  });
});

describe('allItems', () => {
  it('reads a list in one request when the answer has no nextCursor, sending no limit', async () => {
    const calls = installFakeApi([], { 'GET /api/v1/targets': () => ({ items: [1, 2] }) });
    expect(await allItems<number>('/api/v1/targets')).toEqual([1, 2]);
    expect(calls.map((call) => call.url.search)).toEqual(['']);
  });

  it('follows nextCursor when the list is paged', async () => {
    const calls = installFakeApi([], {
      'GET /api/v1/projects': ({ url }) =>
        url.searchParams.get('cursor') === 'b c'
          ? { items: [2], nextCursor: null }
          : { items: [1], nextCursor: 'b c' },
    });
    expect(await allItems<number>('/api/v1/projects')).toEqual([1, 2]);
    expect(calls.map((call) => call.url.search)).toEqual(['', '?cursor=b%20c']);
  });
});
