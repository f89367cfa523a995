import { randomUUID } from 'node:crypto';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { StoreContext } from '../_lib/storeContext.js';
import type { ReportNarrativeRevisionRow, ReportNarrativeRow } from '../database.js';
import type { Actor } from '../store.types.js';
import { isUniqueViolation } from '../tracking/uniqueViolation.js';
import { NarrativePut, type NarrativeRevision, type StoredNarrative } from './schema.js';

/** What a write did: stored (or found unchanged), or refused because someone else wrote first. */
export type NarrativePutResult =
  | { status: 'ok'; narrative: StoredNarrative }
  | { status: 'stale'; current: StoredNarrative | null };

const fromRow = (row: ReportNarrativeRow): StoredNarrative => ({
  kind: row.kind,
  period: row.period,
  section: row.section,
  text: row.text,
  version: Number(row.version),
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

/** The first issue of a refused input, as one line naming the field. */
function refusal(error: { issues: { path: PropertyKey[]; message: string }[] }): Error {
  const [issue] = error.issues;
  return new RangeError(
    `narrative ${issue?.path.map(String).join('.') || 'input'}: ${issue?.message ?? 'invalid'}`,
  );
}

/**
 * The written sections (成效, 问题, 下一步) of one plan's reports: one text per report kind,
 * period and section, versioned. A write may name the version it edited (`expectedVersion`,
 * 0 for a section never written): a different stored version refuses it as stale and hands
 * back the current text, so two authors never overwrite each other unseen. Every change is kept
 * in `report_narrative_revisions` with who made it and when.
 */
export function createNarratives({ db, now }: StoreContext, planId: string) {
  async function read(
    kind: string,
    period: string,
    section: string,
  ): Promise<StoredNarrative | null> {
    const row = await db
      .selectFrom('report_narratives')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('kind', '=', kind as ReportNarrativeRow['kind'])
      .where('period', '=', period)
      .where('section', '=', section as ReportNarrativeRow['section'])
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  return {
    /** The stored sections of one report, in no particular order (sections never written are absent). */
    async list({ kind, period }: { kind: string; period: string }): Promise<StoredNarrative[]> {
      const rows = await db
        .selectFrom('report_narratives')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('kind', '=', kind as ReportNarrativeRow['kind'])
        .where('period', '=', period)
        .execute();
      return rows.map(fromRow);
    },

    /**
     * Writes one section. The same text again writes nothing (no new version).
     * @throws RangeError naming a bad kind, period, section, text (over 20,000 characters) or version
     */
    async put(input: NarrativePut, actor: Actor): Promise<NarrativePutResult> {
      const parsed = NarrativePut.safeParse(input);
      if (!parsed.success) throw refusal(parsed.error);
      const { kind, period, section, text, expectedVersion } = parsed.data;
      try {
        return await db.transaction().execute(async (trx) => {
          const existing = await trx
            .selectFrom('report_narratives')
            .selectAll()
            .where('plan_id', '=', planId)
            .where('kind', '=', kind)
            .where('period', '=', period)
            .where('section', '=', section)
            .executeTakeFirst();
          const current = existing ? fromRow(existing) : null;
          if (expectedVersion !== undefined && expectedVersion !== (current?.version ?? 0))
            return { status: 'stale', current } as const;
          if (current && current.text === text)
            return { status: 'ok', narrative: current } as const;
          const at = now();
          const version = (current?.version ?? 0) + 1;
          const row: ReportNarrativeRow = {
            plan_id: planId,
            kind,
            period,
            section,
            text,
            version,
            updated_at: at,
            updated_by: actor.name,
            updated_by_id: actor.id ?? null,
          };
          if (existing)
            await trx
              .updateTable('report_narratives')
              .set({
                text,
                version,
                updated_at: at,
                updated_by: row.updated_by,
                updated_by_id: row.updated_by_id,
              })
              .where('plan_id', '=', planId)
              .where('kind', '=', kind)
              .where('period', '=', period)
              .where('section', '=', section)
              // A concurrent write moved the version: the unique revision key below refuses this one.
              .where('version', '=', existing.version)
              .execute();
          else await trx.insertInto('report_narratives').values(row).execute();
          await trx
            .insertInto('report_narrative_revisions')
            .values({
              id: randomUUID(),
              plan_id: planId,
              kind,
              period,
              section,
              version,
              text,
              actor: actor.name,
              actor_id: actor.id ?? null,
              at,
            })
            .execute();
          await bumpDataVersion(trx);
          return { status: 'ok', narrative: fromRow(row) } as const;
        });
      } catch (error) {
        // Another write of the same section got there first: the caller reads it and decides.
        if (!isUniqueViolation(error)) throw error;
        return { status: 'stale', current: await read(kind, period, section) };
      }
    },

    /** Every change of one section, oldest first. */
    async history({
      kind,
      period,
      section,
    }: {
      kind: string;
      period: string;
      section: string;
    }): Promise<NarrativeRevision[]> {
      const rows: ReportNarrativeRevisionRow[] = await db
        .selectFrom('report_narrative_revisions')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('kind', '=', kind as ReportNarrativeRow['kind'])
        .where('period', '=', period)
        .where('section', '=', section as ReportNarrativeRow['section'])
        .orderBy('version')
        .execute();
      return rows.map((row) => ({
        version: Number(row.version),
        text: row.text,
        actor: row.actor,
        actorId: row.actor_id ?? null,
        at: row.at,
      }));
    },
  };
}
