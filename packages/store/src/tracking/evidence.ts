import { createHash, randomUUID } from 'node:crypto';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { StoreContext } from '../_lib/storeContext.js';
import type { EvidenceRow } from '../database.js';
import type { Actor } from '../store.types.js';
import { EvidenceTooLargeError, UnknownReportError } from './errors.js';
import { fromEvidenceRow } from './evidenceRow.js';
import type { EvidenceInput, EvidenceMeta } from './schema.js';

/**
 * The largest evidence file kept (10 MiB): the bytes live in the database, so a bound keeps
 * one upload from bloating it. The API refuses larger bodies before they reach the store.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** Bytes as a plain Uint8Array (the drivers hand back Buffers, which compare unequal in tests). */
const plainBytes = (bytes: Uint8Array): Uint8Array =>
  new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

/**
 * The evidence of one plan's measure reports: files kept by the server (bytes, media type,
 * size and SHA-256) or links. The caller checks a file's type (by its bytes) and a link's address.
 */
export function createEvidence({ db, now }: StoreContext, planId: string) {
  return {
    /** Attaches a file or a link to a live report of this plan; UnknownReportError when there is none. */
    async addEvidence(reportId: string, input: EvidenceInput, actor: Actor): Promise<EvidenceMeta> {
      const base = {
        id: randomUUID(),
        plan_id: planId,
        report_id: reportId,
        name: input.name.trim(),
        created_at: now(),
        created_by: actor.name,
        created_by_id: actor.id ?? null,
      };
      let row: EvidenceRow;
      if (input.kind === 'file') {
        if (input.bytes.byteLength > EVIDENCE_MAX_BYTES)
          throw new EvidenceTooLargeError(input.bytes.byteLength, EVIDENCE_MAX_BYTES);
        row = {
          ...base,
          kind: 'file',
          media_type: input.mediaType,
          size: input.bytes.byteLength,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
          // Both drivers take a Buffer for a BLOB / bytea parameter.
          content: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
          url: null,
        };
      } else {
        row = {
          ...base,
          kind: 'link',
          media_type: null,
          size: null,
          sha256: null,
          content: null,
          url: input.url.trim(),
        };
      }
      return db.transaction().execute(async (trx) => {
        const report = await trx
          .selectFrom('measure_reports')
          .select('id')
          .where('plan_id', '=', planId)
          .where('id', '=', reportId)
          // A withdrawn report takes no more evidence.
          .where('withdrawn_at', 'is', null)
          .executeTakeFirst();
        if (!report) throw new UnknownReportError(reportId);
        await trx.insertInto('evidence').values(row).execute();
        await bumpDataVersion(trx);
        return fromEvidenceRow(row);
      });
    },

    /** One piece of evidence of this plan with a file's bytes (null for a link), or undefined. */
    async getEvidence(
      id: string,
    ): Promise<(EvidenceMeta & { bytes: Uint8Array | null }) | undefined> {
      const row = await db
        .selectFrom('evidence')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return { ...fromEvidenceRow(row), bytes: row.content ? plainBytes(row.content) : null };
    },
  };
}
