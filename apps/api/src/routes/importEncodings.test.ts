import { ordosPlan } from '@plan/indicators';
import { encodeGb18030 } from '@plan/observations/rows/testing';
import { createToken } from '@plan/store';
import { describeOnEveryStore, fixedClock } from '@plan/store/testing';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';

type Report = {
  ok?: boolean;
  created?: number;
  encoding?: string | null;
  blankRows?: number;
  problems?: { row: number; column: string; problem: string }[];
};

describeOnEveryStore('import of officials’ spreadsheets', (store) => {
  async function post(body: Uint8Array, query = '?dryRun=true') {
    const app = createApp({ store: store(), clock: fixedClock, log: () => {} });
    const { token } = await createToken(
      { store: store() },
      `enc-${Math.random()}`,
      'editor',
      'test',
    );
    const response = await app.request(`/api/v1/observations/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body,
    });
    return { status: response.status, body: (await response.json()) as Report };
  }
  const exercise = ordosPlan.indicators.find((each) => each.id === 'regular-exercise-share');

  it('reads a GBK CSV with Chinese headers, indicator and 旗区 names, and names the encoding', async () => {
    expect(exercise).toBeDefined();
    const csv = `指标名称,旗区,年份,数值,来源\n${exercise?.name.zh},东胜区,2023,44.5,统计局\n,,,,\n`;
    const dry = await post(encodeGb18030(csv));
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ ok: true, created: 1, encoding: 'gb18030', blankRows: 1 });
    const real = await post(encodeGb18030(csv), '');
    expect(real.body).toMatchObject({ ok: true, created: 1, encoding: 'gb18030' });
    const stored = await store().listObservations({ indicatorId: 'regular-exercise-share' });
    expect(stored.find((row) => row.region === 'dongsheng' && row.year === 2023)?.value).toBe(44.5);
    // The same file in UTF-8 with a BOM: the same figure, so unchanged, and the encoding named.
    const again = await post(new TextEncoder().encode(`\uFEFF${csv}`));
    expect(again.body).toMatchObject({ ok: true, created: 0, encoding: 'utf-8-bom' });
  });

  it('refuses a city figure for a 每个旗区 target, naming the row and the districts', async () => {
    const csv = 'target_id,year,value\nT-P01-M4-1,2023,1\n';
    const { body } = await post(new TextEncoder().encode(csv));
    expect(body.ok).toBe(false);
    expect(body.encoding).toBe('utf-8');
    expect(body.problems).toEqual([
      {
        row: 2,
        column: 'region',
        problem: expect.stringContaining('dongsheng'),
        problemZh: expect.stringContaining('按旗区评价'),
      },
    ]);
  });
});
