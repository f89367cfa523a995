import type { EvidenceRow } from '../database.js';
import type { EvidenceMeta } from './schema.js';

/** The columns of an evidence row but its bytes: lists never read the files. */
export const evidenceMetaColumns = [
  'id',
  'report_id',
  'kind',
  'name',
  'media_type',
  'size',
  'sha256',
  'url',
  'created_at',
  'created_by',
] as const;

export type EvidenceSelect = Pick<EvidenceRow, (typeof evidenceMetaColumns)[number]>;

/** An evidence row as its description (PostgreSQL may hand back integers as strings). */
export const fromEvidenceRow = (row: EvidenceSelect): EvidenceMeta => ({
  id: row.id,
  reportId: row.report_id,
  kind: row.kind,
  name: row.name,
  mediaType: row.media_type ?? null,
  size: row.size === null ? null : Number(row.size),
  sha256: row.sha256 ?? null,
  url: row.url ?? null,
  createdAt: row.created_at,
  createdBy: row.created_by,
});
