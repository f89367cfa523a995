import { describe, expect, it } from 'vitest';
import { DEFAULT_SQLITE_FILE, databaseTargetFrom, redactUrl } from './openDatabase.js';

describe('databaseTargetFrom', () => {
  it('opens the default SQLite file when DATABASE_URL is unset or blank', () => {
    expect(databaseTargetFrom(undefined)).toEqual({ dialect: 'sqlite', file: DEFAULT_SQLITE_FILE });
    expect(databaseTargetFrom('  ')).toEqual({ dialect: 'sqlite', file: DEFAULT_SQLITE_FILE });
  });

  it('reads postgres:// and postgresql:// as PostgreSQL', () => {
    for (const url of ['postgres://u:p@db:5432/plan', 'postgresql://db/plan']) {
      expect(databaseTargetFrom(url)).toEqual({ dialect: 'postgres', connectionString: url });
    }
  });

  it('reads sqlite: and file: URLs as a SQLite file, sqlite::memory: as an in-memory one', () => {
    expect(databaseTargetFrom('sqlite:./x.sqlite')).toEqual({
      dialect: 'sqlite',
      file: './x.sqlite',
    });
    expect(databaseTargetFrom('file:///tmp/x.sqlite')).toEqual({
      dialect: 'sqlite',
      file: '/tmp/x.sqlite',
    });
    expect(databaseTargetFrom('sqlite::memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
  });

  it('refuses other URLs without showing their password', () => {
    expect(() => databaseTargetFrom('mysql://root:secret@db/plan')).toThrow(
      /"mysql:\/\/root:\*\*\*@db\/plan" is not understood/,
    );
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://plan:s3cret@db:5432/plan')).toBe(
      'postgres://plan:***@db:5432/plan',
    );
    expect(redactUrl('postgres://db/plan')).toBe('postgres://db/plan');
  });
});
