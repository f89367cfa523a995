import type { Store } from '../../createStore.js';
import { hashToken } from '../../createToken.js';
import { newObservation } from '../../testing/index.js';

const admin = { id: 'token-admin', name: 'admin' };
const district = { id: 'token-dongsheng', name: '东胜区教育局' };

/** Every byte value, twice: a file's bytes must come back exactly (no text decoding on the way). */
export const EVIDENCE_BYTES = new Uint8Array([...Array(512).keys()].map((index) => index % 256));

/**
 * A store with something in every table the transfer moves: a plan added at run time,
 * observations (created, updated, deleted, approved, returned: revisions of each kind; demo
 * and official; integer and fractional values), tokens (one scoped, one revoked), idempotency
 * keys whose order differs by collation, a district target, units, responsibilities with a
 * reassignment, measure reports with a fractional percent, evidence (a binary file and a link),
 * a reporting cycle, report narratives with a revision.
 */
export async function fillStore(store: Store): Promise<void> {
  await store.savePlan(
    { id: 'fixture-plan', file: { id: 'fixture-plan', title: '示例规划' } },
    admin,
    {
      observations: [newObservation({ indicatorId: 'x-share', value: 12.5, source: 'plan' })],
    },
  );
  await store.createObservation(newObservation({ value: 44.1 }), admin, 'import');
  const changed = await store.createObservation(
    newObservation({ region: 'dongsheng', value: 40, note: '初报' }),
    district,
    'import',
    { approval: 'submitted' },
  );
  await store.updateObservation(
    changed.id,
    changed.version,
    { value: 41.25, note: null },
    district,
    '更正',
  );
  await store.approve(changed.id, admin);
  const returned = await store.createObservation(
    newObservation({ region: 'ejin-horo', year: 2023, date: '2023-12-31', value: 39 }),
    district,
    null,
    { approval: 'submitted' },
  );
  await store.returnObservation(returned.id, admin, '口径不符，请核实');
  const removed = await store.createObservation(
    newObservation({
      indicatorId: 'student-myopia-rate',
      value: 57.2,
      source: 'health-commission',
    }),
    admin,
    'demo',
  );
  await store.deleteObservation(removed.id, removed.version, admin, '重复录入');
  await store.createObservation(
    newObservation({
      indicatorId: 'student-myopia-rate',
      year: 2021,
      date: '2021-12-31',
      value: 58,
    }),
    admin,
    null,
  );

  await store.tokens.create({
    id: 'token-dongsheng',
    name: '东胜区教育局',
    role: 'editor',
    token_hash: hashToken('plan_dongsheng'),
    created_by: 'admin',
    scope: { regions: ['dongsheng'] },
  });
  const old = await store.tokens.create({
    id: 'token-old',
    name: 'old reader',
    role: 'viewer',
    token_hash: hashToken('plan_old'),
    created_by: 'admin',
  });
  await store.tokens.revoke(old.id);
  for (const key of ['a-key', 'B-key', '东胜-key', 'Z'])
    await store.idempotent(key, `hash of ${key}`, async () => ({ status: 201, body: { key } }));

  await store.putRegionTarget(
    { indicatorId: 'student-myopia-rate', region: 'dongsheng', value: 55, source: '东胜区文件' },
    admin,
  );
  await store.units.create(
    { id: 'basic-education', nameZh: '市教育体育局基础教育科', nameEn: 'Basic Education' },
    admin,
  );
  await store.units.create({ id: 'sports', nameZh: '市体育局' }, admin);
  await store.putResponsibility('P08-M2', { lead: 'basic-education', cooperating: [] }, admin);
  await store.putResponsibility(
    'P08-M2',
    { lead: 'sports', cooperating: ['basic-education'] },
    admin,
    '调整分工',
  );
  const report = await store.addMeasureReport(
    {
      measureId: 'P08-M2',
      period: '2024-H1',
      status: 'on_track',
      percent: 60.5,
      narrative: '已完成 41 所学校的新建改扩建。',
      deliverable: { done: true, date: '2024-05-01', document: '《学校建设实施方案》' },
      unit: 'sports',
    },
    district,
  );
  await store.addEvidence(
    report.id,
    { kind: 'file', name: '照片.png', mediaType: 'image/png', bytes: EVIDENCE_BYTES },
    district,
  );
  await store.addEvidence(
    report.id,
    { kind: 'link', name: '报道', url: 'https://example.org/a' },
    district,
  );
  await store.setReportingCycle('half', admin);
  await fillNarratives(store);
}

/** Report narratives (migration 0007): a section written, then revised. */
async function fillNarratives(store: Store) {
  const first = await store.narratives.put(
    { kind: 'annual', period: '2024', section: 'achievements', text: '体育场地面积稳步增长。' },
    admin,
  );
  if (first.status !== 'ok') throw new Error('the narrative was not written');
  await store.narratives.put(
    {
      kind: 'annual',
      period: '2024',
      section: 'achievements',
      text: '体育场地面积稳步增长，人均 2.6 平方米。',
      expectedVersion: first.narrative.version,
    },
    admin,
  );
}
