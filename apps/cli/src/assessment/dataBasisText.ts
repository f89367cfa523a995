import type { Lang } from '../_lib/localize.js';
import { ASSESSMENT_TEXT } from './assessmentText.js';

/** The mark beside a figure that comes from illustrative demo data. */
export const ILLUSTRATIVE_MARK = '†';

/** What data an assessment rests on, said plainly at the top of every output. */
export function dataBasisText(includeIllustrative: boolean, lang: Lang): string {
  return ASSESSMENT_TEXT.dataBasis[lang](includeIllustrative, ILLUSTRATIVE_MARK);
}
