/** The kinds of file kept as evidence, each with its media type and file extension. */
export const EVIDENCE_TYPES = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  png: { mediaType: 'image/png', extension: 'png' },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg' },
  ofd: { mediaType: 'application/ofd', extension: 'ofd' },
  txt: { mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
} as const;
export type EvidenceKind = keyof typeof EVIDENCE_TYPES;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);

/** Whether the ZIP holds an entry of this name (local headers and central directory name it in clear). */
const zipNames = (bytes: Uint8Array, name: string) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');

/** Markup a browser would run if it ever rendered the text: refused even as plain text. */
const MARKUP = /^\s*<(!doctype|html|script|svg|\?xml|iframe|object|body|head|meta)\b/i;

/**
 * What the bytes are, read from their magic numbers (never from the declared type): one of the
 * evidence kinds, or undefined. Word and Excel files are ZIPs told apart by the parts they hold,
 * an OFD (the national e-document format) by its OFD.xml; text must be UTF-8 without NUL or
 * control bytes, and not markup.
 */
export function sniffEvidenceKind(bytes: Uint8Array): EvidenceKind | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipNames(bytes, 'word/document.xml')) return 'docx';
    if (zipNames(bytes, 'xl/workbook.xml')) return 'xlsx';
    if (zipNames(bytes, 'OFD.xml')) return 'ofd';
    return undefined;
  }
  return isPlainText(bytes) ? 'txt' : undefined;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Tab, line feed and carriage return are the only control characters a text file needs.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return false;
  return !MARKUP.test(text.replace(/^\uFEFF/, ''));
}

/** The evidence kind a declared Content-Type names, if any (parameters ignored). */
export function kindOfMediaType(contentType: string | undefined): EvidenceKind | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'image/jpg') return 'jpeg';
  for (const [kind, { mediaType }] of Object.entries(EVIDENCE_TYPES))
    if (mediaType.split(';')[0] === type) return kind as EvidenceKind;
  return undefined;
}
