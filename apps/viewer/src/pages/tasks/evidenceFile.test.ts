import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, EVIDENCE_MAX_BYTES, evidenceAccept } from './evidenceFile.js';

describe('checkEvidenceFile', () => {
  it('takes a PDF, a Word file and an OFD by their extension, whatever its case', () => {
    expect(checkEvidenceFile({ name: '方案.PDF', size: 2048 })).toEqual({
      ok: true,
      mediaType: 'application/pdf',
    });
    expect(checkEvidenceFile({ name: 'a.docx', size: 1 })).toMatchObject({ ok: true });
    expect(checkEvidenceFile({ name: '通知.ofd', size: 1 })).toEqual({
      ok: true,
      mediaType: 'application/ofd',
    });
  });

  it('takes a file of exactly 10 MB and refuses one byte more', () => {
    expect(checkEvidenceFile({ name: 'a.png', size: EVIDENCE_MAX_BYTES }).ok).toBe(true);
    expect(checkEvidenceFile({ name: 'a.png', size: EVIDENCE_MAX_BYTES + 1 })).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', size: EVIDENCE_MAX_BYTES + 1 },
    });
  });

  it('refuses other types, files without an extension and empty files', () => {
    expect(checkEvidenceFile({ name: 'run.exe', size: 10 })).toEqual({
      ok: false,
      problem: { kind: 'type', extension: 'exe' },
    });
    expect(checkEvidenceFile({ name: 'README', size: 10 })).toEqual({
      ok: false,
      problem: { kind: 'type', extension: '' },
    });
    expect(checkEvidenceFile({ name: 'a.txt', size: 0 })).toEqual({
      ok: false,
      problem: { kind: 'empty' },
    });
  });

  it('offers the same extensions to the file picker', () => {
    expect(evidenceAccept).toBe('.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.ofd,.txt');
  });
});
