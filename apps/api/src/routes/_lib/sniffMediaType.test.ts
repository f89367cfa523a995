import { describe, expect, it } from 'vitest';
import { kindOfMediaType, sniffEvidenceKind } from './sniffMediaType.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
/** A ZIP whose local header names `entry`: enough for the sniffer, which reads names only. */
const zipNaming = (entry: string) =>
  new Uint8Array([...bytes(0x50, 0x4b, 0x03, 0x04), ...new Uint8Array(26), ...text(entry)]);

describe('sniffEvidenceKind', () => {
  it('reads the kind from the magic bytes', () => {
    expect(sniffEvidenceKind(text('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffEvidenceKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffEvidenceKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffEvidenceKind(zipNaming('word/document.xml'))).toBe('docx');
    expect(sniffEvidenceKind(zipNaming('xl/workbook.xml'))).toBe('xlsx');
    expect(sniffEvidenceKind(zipNaming('OFD.xml'))).toBe('ofd');
    expect(sniffEvidenceKind(text('2024年进展情况：完成80%。\r\n'))).toBe('txt');
  });

  it('refuses what is none of them: other ZIPs, binaries, markup, invalid UTF-8, nothing', () => {
    expect(sniffEvidenceKind(zipNaming('payload.exe'))).toBeUndefined();
    expect(sniffEvidenceKind(text('MZ\u0000\u0001'))).toBeUndefined();
    expect(sniffEvidenceKind(text('<html><script>alert(1)</script>'))).toBeUndefined();
    expect(sniffEvidenceKind(text('\uFEFF  <svg onload=alert(1)>'))).toBeUndefined();
    expect(sniffEvidenceKind(bytes(0xc3, 0x28))).toBeUndefined();
    expect(sniffEvidenceKind(new Uint8Array(0))).toBeUndefined();
  });

  it('reads a declared type, ignoring parameters', () => {
    expect(kindOfMediaType('application/pdf')).toBe('pdf');
    expect(kindOfMediaType('text/plain; charset=utf-8')).toBe('txt');
    expect(kindOfMediaType('image/jpg')).toBe('jpeg');
    expect(kindOfMediaType('application/octet-stream')).toBeUndefined();
  });
});
