/**
 * The text a reader sees in an HTML report, for the zh scan (latinSentences of
 * @plan/vitest-config/latinSentences, the rule the viewer's pages are scanned by too).
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};

/** The text a reader sees in an HTML page: text nodes (and SVG text), no styles or markup. */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
}
