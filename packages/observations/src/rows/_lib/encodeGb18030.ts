/**
 * Code units to GB18030 bytes, built once from Node's own GB18030 decoder (TextEncoder writes
 * UTF-8 only): every two-byte sequence (GBK's, lead 81–FE, trail 40–FE without 7F) and every
 * four-byte sequence of the Basic Multilingual Plane (81 30 81 30 to 84 31 A4 39, pointers
 * 0–39419) decoded in one call each, so the table agrees with the decoder that reads imports.
 */
let table: Map<number, number> | undefined;

/** Two-byte sequences as (lead << 8 | trail); four-byte ones as -(pointer + 1). */
function tableOf(): Map<number, number> {
  if (table) return table;
  const built = new Map<number, number>();
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const fours: number[] = [];
  for (let pointer = 0; pointer < 39420; pointer++) fours.push(...fourBytes(pointer));
  const decoder = new TextDecoder('gb18030', { fatal: true });
  // Four-byte first, so that a character with both forms keeps its two-byte (GBK) one.
  const fourText = decoder.decode(Uint8Array.from(fours));
  for (let pointer = 0; pointer < fourText.length; pointer++) {
    built.set(fourText.charCodeAt(pointer), -(pointer + 1));
  }
  const pairText = decoder.decode(Uint8Array.from(pairs));
  for (let at = 0; at < pairText.length; at++) {
    built.set(
      pairText.charCodeAt(at),
      ((pairs[2 * at] as number) << 8) | (pairs[2 * at + 1] as number),
    );
  }
  table = built;
  return built;
}

/** The four bytes of a GB18030 four-byte pointer. */
function fourBytes(pointer: number): [number, number, number, number] {
  return [
    0x81 + Math.floor(pointer / 12600),
    0x30 + (Math.floor(pointer / 1260) % 10),
    0x81 + (Math.floor(pointer / 10) % 126),
    0x30 + (pointer % 10),
  ];
}

/**
 * Encodes text as GB18030 (what "CSV (逗号分隔)" of Excel on Simplified-Chinese Windows reads:
 * GBK's two-byte characters are GB18030's). ASCII is one byte, the characters of GBK two, the
 * rest of Unicode four, so text round-trips through `new TextDecoder('gb18030')`. What the
 * decoder never gives (a lone surrogate, 19 private-use characters) is written `?`, as Excel
 * writes a character its code page lacks.
 */
export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  let codes: Map<number, number> | undefined;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit < 0x80) {
      bytes.push(unit);
      continue;
    }
    const point = text.codePointAt(at) as number;
    if (point > 0xffff) {
      // Outside the BMP: pointers from 189000 on, in code point order (WHATWG gb18030 encoder).
      bytes.push(...fourBytes(189000 + point - 0x10000));
      at++;
      continue;
    }
    codes ??= tableOf();
    const code = codes.get(unit);
    // A lone surrogate, or one of the few private-use characters GB18030-2022 no longer decodes to.
    if (code === undefined) bytes.push(0x3f);
    else if (code >= 0) bytes.push(code >> 8, code & 0xff);
    else bytes.push(...fourBytes(-code - 1));
  }
  return Uint8Array.from(bytes);
}
