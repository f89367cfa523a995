/** What a printed number in the plan's prose reads as: one value, or a range. */
export type PrintedNumber = { value: number; upper?: number };

const DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const ARABIC = String.raw`\d+(?:\.\d+)?`;
// The plan writes ranges four ways: 10-15, 1—2, 1-2 and 1至2.
const RANGE = new RegExp(`^(${ARABIC})\\s*(?:-|—|–|~|至|到)\\s*(${ARABIC})$`);

function readChinese(text: string): number | undefined {
  // Whole numbers below 100 are all the prose spells out in Chinese (一, 三, 二十).
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tensOrUnits, ten, units] = match;
  if (!ten) return units ? undefined : DIGITS[tensOrUnits ?? ''];
  return (tensOrUnits ? (DIGITS[tensOrUnits] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

/**
 * Reads a number as the plan prints it in prose: `12729`, `6.69`, a range
 * (`10-15`, `1—2`, `1至2`), a Chinese numeral (`零`, `一`, `三`, `二十`) or
 * `一半` ("half", read as 50 per cent).
 *
 * @returns the value (and the upper end of a range), or undefined when the text is not a number
 * @example
 *   readPrintedNumber('1—2'); // { value: 1, upper: 2 }
 *   readPrintedNumber('三'); // { value: 3 }
 */
export function readPrintedNumber(printed: string): PrintedNumber | undefined {
  const text = printed.trim();
  if (new RegExp(`^${ARABIC}$`).test(text)) return { value: Number(text) };
  const range = RANGE.exec(text);
  if (range) return { value: Number(range[1]), upper: Number(range[2]) };
  if (text === '一半') return { value: 50 };
  if (text === '零') return { value: 0 };
  const chinese = readChinese(text);
  return chinese === undefined ? undefined : { value: chinese };
}
