import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../createStore.js';
import { openDatabase } from '../openDatabase.js';
import { fixedClock, postgresFactory, sqliteFile } from '../testing/index.js';
import { EVIDENCE_BYTES, fillStore } from './_test/fillStore.js';
import { hashDatabase } from './databaseState.js';
import { exportDatabase } from './exportDatabase.js';
import { importDatabase } from './importDatabase.js';
import { verifyTransferFile } from './readTransferFile.js';
import { TransferError } from './transferError.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-transfer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => join(dir, `transfer-${++files}.plan.gz`);

const hashes = (store: Store) => hashDatabase(store);
const exportStore = (store: Store, out = newFile()) =>
  exportDatabase(store, out, fixedClock).then((header) => ({ header, file: out }));

/** A SQLite file no migration has touched, as `plan restore` finds a new database. */
function unmigratedSqlite(): Store {
  return createStore(
    openDatabase({ dialect: 'sqlite', file: join(mkdtempSync(join(dir, 'db-')), 'plan.sqlite') }),
    fixedClock,
  );
}

/** What a reader of the store sees: the records, through the store's own methods. */
async function records(store: Store) {
  const reports = await store.listMeasureReports();
  return {
    observations: await store.listObservations(),
    history: await Promise.all(
      (await store.listObservations()).map((observation) => store.history(observation.id)),
    ),
    plans: await store.listPlans(),
    tokens: await store.tokens.list(),
    units: await store.units.list(),
    responsibilities: await store.listResponsibilities(),
    responsibilityHistory: await store.responsibilityHistory('P08-M2'),
    reports,
    evidence: await Promise.all(
      reports.flatMap((report) => report.evidence.map((item) => store.getEvidence(item.id))),
    ),
    targets: await store.listRegionTargets(),
    cycle: await store.getReportingCycle(),
    narratives: await store.narratives.list({ kind: 'annual', period: '2024' }),
    narrativeHistory: await store.narratives.history({
      kind: 'annual',
      period: '2024',
      section: 'achievements',
    }),
  };
}

describe('transfer between SQLite files', () => {
  it('exports every table with counts and hashes, and imports them into a new database equal', async () => {
    const source = await sqliteFile.open();
    const target = unmigratedSqlite();
    try {
      await fillStore(source.store);
      await source.store.db
        .insertInto('shared_limits')
        .values({ key: 'write:token:x', window_start: 1_700_000_000_000, hits: 3 })
        .execute();
      const { header, file } = await exportStore(source.store);
      expect(header.excluded).toEqual([{ table: 'shared_limits', reason: expect.any(String) }]);
      expect(header).toMatchObject({
        format: 'plan-store-transfer',
        formatVersion: 1,
        source: { dialect: 'sqlite' },
        dataVersion: await source.store.dataVersion(),
      });
      const names = header.tables.map((table) => table.name);
      for (const table of [
        'observations',
        'observation_revisions',
        'tokens',
        'idempotency_keys',
        'plans',
      ])
        expect(names).toContain(table);
      for (const table of [
        'units',
        'responsibilities',
        'responsibility_revisions',
        'measure_reports',
      ])
        expect(names).toContain(table);
      expect(names).toContain('evidence');
      expect(header.tables.find((table) => table.name === 'report_narratives')?.rows).toBe(1);
      expect(header.tables.find((table) => table.name === 'report_narrative_revisions')?.rows).toBe(
        2,
      );
      expect(names).not.toContain('shared_limits');
      expect(header.tables.find((table) => table.name === 'observation_revisions')?.rows).toBe(4);
      const sourceHashes = await hashes(source.store);
      expect(header.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 }))).toEqual(
        sourceHashes,
      );

      const outcome = await importDatabase(target, file);
      expect(outcome.replaced).toBe(false);
      expect(outcome.tables).toEqual(sourceHashes);
      expect(await hashes(target)).toEqual(sourceHashes);
      expect(await records(target)).toEqual(await records(source.store));
      expect(await target.dataVersion()).toBe((await source.store.dataVersion()) + 1);
    } finally {
      await target.close();
      await source.dispose();
    }
  });

  it('reads the rows back in key order by code point (B before a, both before 东)', async () => {
    const source = await sqliteFile.open();
    try {
      await fillStore(source.store);
      const { file } = await exportStore(source.store);
      const text = gunzipSync(readFileSync(file)).toString('utf8');
      const keys = [...text.matchAll(/^\["[^"]*","(a-key|B-key|东胜-key|Z)"/gm)].map(
        (match) => match[1],
      );
      expect(keys).toEqual(['B-key', 'Z', 'a-key', '东胜-key']);
    } finally {
      await source.dispose();
    }
  });
});

describe('a file from an older migration', () => {
  it('brings a new database to the file’s migration, imports, then migrates it to the latest', async () => {
    const source = await sqliteFile.open('0006_tracking');
    const target = unmigratedSqlite();
    try {
      await source.store.units.create({ id: 'sports', nameZh: '市体育局' }, { name: 'admin' });
      const { header, file } = await exportStore(source.store);
      expect(header.migration).toBe('0006_tracking');
      expect(header.tables.map((table) => table.name)).not.toContain('report_narratives');
      const outcome = await importDatabase(target, file);
      expect(outcome.migratedAfter).toContain('0007_report_narratives');
      expect((await target.units.list()).map((unit) => unit.nameZh)).toEqual(['市体育局']);
      expect(await target.migrate()).toEqual([]);
      // A database already at the latest migration refuses the older file, saying what to do.
      const latest = await sqliteFile.open();
      try {
        await expect(importDatabase(latest.store, file)).rejects.toThrow(
          /the target database is at migration 0\d{3}_\w+ and the file is from migration 0006_tracking: restore into a new, empty database/,
        );
      } finally {
        await latest.dispose();
      }
    } finally {
      await target.close();
      await source.dispose();
    }
  });
});

describe('refusals leave the target unchanged', () => {
  /** A filled source exported, and a target holding one observation, with its state before. */
  async function setUp() {
    const source = await sqliteFile.open();
    await fillStore(source.store);
    const { file, header } = await exportStore(source.store);
    const target = await sqliteFile.open();
    await target.store.units.create({ id: 'finance', nameZh: '市财政局' }, { name: 'admin' });
    const before = {
      hashes: await hashes(target.store),
      version: await target.store.dataVersion(),
    };
    const unchanged = async () => {
      expect(await hashes(target.store)).toEqual(before.hashes);
      expect(await target.store.dataVersion()).toBe(before.version);
    };
    return {
      file,
      header,
      target: target.store,
      unchanged,
      dispose: async () => {
        await target.dispose();
        await source.dispose();
      },
    };
  }

  it('refuses a target that holds data, naming its tables, and replaces it with force', async () => {
    const { file, header, target, unchanged, dispose } = await setUp();
    try {
      await expect(importDatabase(target, file)).rejects.toThrow(
        /the target database is not empty \(units: 1 row\).*--force/,
      );
      await unchanged();
      // The target's own rate-limit windows are not the record: a forced import leaves them.
      await target.db
        .insertInto('shared_limits')
        .values({ key: 'sign-in:127.0.0.1', window_start: 1_700_000_000_000, hits: 1 })
        .execute();
      const forced = await importDatabase(target, file, { force: true });
      expect(await target.db.selectFrom('shared_limits').select('key').execute()).toEqual([
        { key: 'sign-in:127.0.0.1' },
      ]);
      expect(forced.replaced).toBe(true);
      expect(await hashes(target)).toEqual(
        header.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })),
      );
      expect((await target.units.list()).map((unit) => unit.id)).toEqual([
        'basic-education',
        'sports',
      ]);
      expect(await target.dataVersion()).toBeGreaterThan(header.dataVersion);
    } finally {
      await dispose();
    }
  });

  it('refuses a truncated file, even with force', async () => {
    const { file, target, unchanged, dispose } = await setUp();
    try {
      const bytes = readFileSync(file);
      const cut = newFile();
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
      await expect(importDatabase(target, cut, { force: true })).rejects.toThrow(/is truncated/);
      // Cut at a line, then compressed again: whole as gzip, short as a transfer file.
      const lines = gunzipSync(bytes).toString('utf8').split('\n');
      const short = newFile();
      writeFileSync(short, gzipSync(lines.slice(0, lines.length - 6).join('\n')));
      await expect(importDatabase(target, short, { force: true })).rejects.toThrow(/is truncated/);
      await unchanged();
    } finally {
      await dispose();
    }
  });

  it('refuses a file whose content does not match its hash, naming the table', async () => {
    const { file, target, unchanged, dispose } = await setUp();
    try {
      const text = gunzipSync(readFileSync(file)).toString('utf8');
      const changed = newFile();
      writeFileSync(changed, gzipSync(text.replace('市体育局', '市体育总局')));
      await expect(importDatabase(target, changed, { force: true })).rejects.toThrow(
        /the content of table units does not match its hash/,
      );
      // A flipped byte anywhere (compressed data, header, trailer) is refused as a damaged file.
      const original = readFileSync(file);
      for (const share of [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999]) {
        const damaged = newFile();
        const bytes = Buffer.from(original);
        const at = Math.floor(bytes.length * share);
        bytes[at] = (bytes[at] ?? 0) ^ 0xff;
        writeFileSync(damaged, bytes);
        await expect(importDatabase(target, damaged, { force: true })).rejects.toThrow(
          TransferError,
        );
      }
      await unchanged();
    } finally {
      await dispose();
    }
  });

  it('refuses a file of another format version or migration, or no transfer file at all', async () => {
    const { file, target, unchanged, dispose } = await setUp();
    try {
      const [first = '', ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const withHeader = (change: (header: Record<string, unknown>) => void) => {
        const header = JSON.parse(first) as Record<string, unknown>;
        change(header);
        const path = newFile();
        writeFileSync(path, gzipSync([JSON.stringify(header), ...rest].join('\n')));
        return path;
      };
      await expect(
        importDatabase(
          target,
          withHeader((header) => {
            header.formatVersion = 2;
          }),
          { force: true },
        ),
      ).rejects.toThrow(/format version 2; this version of plan reads version 1/);
      await expect(
        importDatabase(
          target,
          withHeader((header) => {
            header.migration = '0099_future';
          }),
          { force: true },
        ),
      ).rejects.toThrow(/at migration 0\d{3}_\w+ and the file is from migration 0099_future/);
      const sqlite = newFile();
      writeFileSync(sqlite, 'SQLite format 3\0 and the rest');
      await expect(importDatabase(target, sqlite)).rejects.toThrow(/it is a SQLite database/);
      await expect(importDatabase(target, join(dir, 'missing.gz'))).rejects.toThrow(/no such file/);
      await unchanged();
      expect(statSync(file).size).toBeGreaterThan(0);
    } finally {
      await dispose();
    }
  });
});

const postgres = postgresFactory();
describe.skipIf(postgres.skip !== undefined)('SQLite → PostgreSQL → SQLite', () => {
  it('round-trips a full database with equal hashes and equal records', async () => {
    const source = await sqliteFile.open();
    const middle = await postgres.open();
    const back = unmigratedSqlite();
    try {
      await fillStore(source.store);
      const sourceHashes = await hashes(source.store);
      const there = await exportStore(source.store);
      // A key column whose collation sorts a before B (as en_US would): the transfer orders by
      // code point all the same, so the hashes still match SQLite's.
      const icu = await sql<{
        name: string;
      }>`select collname as name from pg_collation where collname = 'und-x-icu'`.execute(
        middle.store.db,
      );
      if (icu.rows.length > 0)
        await sql`alter table idempotency_keys alter column key type text collate "und-x-icu"`.execute(
          middle.store.db,
        );
      expect((await importDatabase(middle.store, there.file)).tables).toEqual(sourceHashes);
      expect(await hashes(middle.store)).toEqual(sourceHashes);
      expect(await records(middle.store)).toEqual(await records(source.store));
      const evidence = (await middle.store.listMeasureReports())[0]?.evidence.find(
        (item) => item.kind === 'file',
      );
      const stored = await middle.store.getEvidence(evidence?.id ?? '');
      expect(stored?.bytes).toEqual(EVIDENCE_BYTES);

      const again = await exportStore(middle.store);
      expect(again.header.source.dialect).toBe('postgres');
      expect(again.header.tables).toEqual(there.header.tables);
      await importDatabase(back, again.file);
      expect(await hashes(back)).toEqual(sourceHashes);
      expect(await records(back)).toEqual(await records(source.store));
      expect(await verifyTransferFile(again.file)).toEqual(again.header);
    } finally {
      await back.close();
      await middle.dispose();
      await source.dispose();
    }
  });
});
