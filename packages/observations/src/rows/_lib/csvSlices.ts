/** Bytes decoded at a time: a few milliseconds of parsing, a few MB of text alive. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** The encodings a CSV slice is decoded from (WHATWG names; `gb18030` is a superset of GBK). */
export type SliceEncoding = 'utf-8' | 'gb18030';

/**
 * Decodes CSV bytes (UTF-8, or GB18030/GBK as Excel on Chinese Windows saves
 * "CSV (逗号分隔)") a slice at a time and hands on text that ends where a
 * record ends, so a large file is never held as one string beside its bytes (a
 * million-row import: 59 MB of text less at its peak). A line break inside a
 * quoted field is not a record's end: a cut is made only after a line feed
 * preceded by an even number of quotes. The last piece is the rest of the text.
 * A slice boundary inside a character of several bytes (three in UTF-8, two or
 * four in GB18030) is bridged by the streaming decoder, which holds the first
 * bytes back until the next slice.
 *
 * @throws TypeError where the bytes are not in `encoding` (TextDecoder's fatal
 *   mode), as soon as the slice holding them is decoded
 */
export function forEachCsvSlice(
  body: Uint8Array,
  onText: (text: string) => void,
  sliceBytes: number = SLICE_BYTES,
  encoding: SliceEncoding = 'utf-8',
): void {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let carried = '';
  for (let start = 0; start < body.length || start === 0; start += sliceBytes) {
    const end = Math.min(start + sliceBytes, body.length);
    const last = end >= body.length;
    const text = carried + decoder.decode(body.subarray(start, end), { stream: !last });
    if (last) {
      onText(text);
      return;
    }
    const cut = lastRecordEnd(text);
    if (cut === -1) {
      carried = text;
      continue;
    }
    onText(text.slice(0, cut + 1));
    carried = text.slice(cut + 1);
  }
}

/** The index of the last line feed outside quotes (text starts at a record's start); -1 if none. */
function lastRecordEnd(text: string): number {
  let quoted = false;
  let last = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 /* " */) quoted = !quoted;
    else if (code === 10 /* \n */ && !quoted) last = index;
  }
  return last;
}
