/** The most a file of evidence may weigh: the API refuses more (10 MB). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The kinds of document the API keeps, by the file's extension: what it sniffs from the
 * bytes must agree, so the type sent is the one the name says, not the browser's guess.
 */
export const evidenceTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  ofd: 'application/ofd',
  txt: 'text/plain',
} as const;

export type EvidenceProblem =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; size: number }
  | { kind: 'type'; extension: string };

/** A file the API would take: its media type from the extension; or why not, before anything is sent. */
export function checkEvidenceFile(file: {
  name: string;
  size: number;
}): { ok: true; mediaType: string } | { ok: false; problem: EvidenceProblem } {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const mediaType = (evidenceTypes as Record<string, string>)[extension];
  if (!mediaType) return { ok: false, problem: { kind: 'type', extension } };
  if (file.size === 0) return { ok: false, problem: { kind: 'empty' } };
  if (file.size > EVIDENCE_MAX_BYTES)
    return { ok: false, problem: { kind: 'tooLarge', size: file.size } };
  return { ok: true, mediaType };
}

/** The accept attribute of the file input: the same extensions. */
export const evidenceAccept = Object.keys(evidenceTypes)
  .map((extension) => `.${extension}`)
  .join(',');
