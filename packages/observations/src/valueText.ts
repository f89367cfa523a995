import type { Indicator } from '@plan/indicators';
import type { ObservationValue } from './schema/observation.js';

/** The languages a value is written in. */
export type ValueTextLocale = 'zh' | 'en';

/**
 * Writes a value for a reader in one language, and the one place that decides
 * how: a number as it is (`63.5`); a ratio with the colon of the language, the
 * full-width one the plan prints in Chinese (`38：62`) and a plain one in English
 * (`38:62`); parts by their labels when the indicator is given (`中职59 / 高职52`,
 * `Secondary vocational 59 / Higher vocational 52`), else by id in the form an
 * import reads back (`secondary=59;higher=52`). `number` writes each number (a
 * report rounds, the viewer groups digits); by default `String`.
 *
 * `formatValueText(value, 'en')` is what spreadsheets exports hold:
 * `parseValueText` reads it back.
 *
 * @example
 *   formatValueText({ ratio: [38, 62] }, 'zh'); // '38：62'
 *   formatValueText({ parts: { secondary: 59 } }, 'zh', { indicator: dualTeachers }); // '中职59'
 */
export function formatValueText(
  value: ObservationValue,
  locale: ValueTextLocale,
  options: {
    indicator?: Pick<Indicator, 'parts'> | undefined;
    number?: (value: number) => string;
  } = {},
): string {
  const number = options.number ?? String;
  if (typeof value === 'number') return number(value);
  if ('ratio' in value) return value.ratio.map(number).join(locale === 'zh' ? '：' : ':');
  const parts = options.indicator?.parts;
  if (!parts) {
    return Object.entries(value.parts)
      .map(([part, figure]) => `${part}=${number(figure)}`)
      .join(';');
  }
  const labels = new Map(parts.map((part) => [part.id, part.label[locale]]));
  return Object.entries(value.parts)
    .map(([part, figure]) => {
      const label = labels.get(part) ?? part;
      return locale === 'zh' ? `${label}${number(figure)}` : `${label} ${number(figure)}`;
    })
    .join(' / ');
}

/**
 * Reads a value written by `formatValueText` without part labels: `63.5`,
 * `38:62` (or `38：62`, `38 : 62`), `secondary=59;higher=52`.
 */
export function parseValueText(
  text: string,
): { ok: true; value: ObservationValue } | { ok: false; message: string; messageZh: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'the value is empty', messageZh: '数值为空' };
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  if (number.test(trimmed)) {
    const value = Number(trimmed);
    if (!Number.isFinite(value))
      return { ok: false, message: `"${trimmed}" is too large`, messageZh: `“${trimmed}”过大` };
    return { ok: true, value };
  }
  if (/[:：]/.test(trimmed) && !trimmed.includes('=')) {
    const parts = trimmed.split(/\s*[:：]\s*/);
    if (parts.every((part) => number.test(part)))
      return { ok: true, value: { ratio: parts.map(Number) } };
    return {
      ok: false,
      message: `"${trimmed}" is not a ratio such as 38:62`,
      messageZh: `“${trimmed}”不是比例，比例的写法如 38:62`,
    };
  }
  if (trimmed.includes('=')) {
    const parts: Record<string, number> = {};
    for (const pair of trimmed
      .split(';')
      .map((piece) => piece.trim())
      .filter(Boolean)) {
      const [name, raw] = pair.split('=').map((piece) => piece.trim());
      if (!name || raw === undefined || !number.test(raw)) {
        return {
          ok: false,
          message: `"${pair}" is not a part value such as secondary=59`,
          messageZh: `“${pair}”不是分项数值，分项的写法如 secondary=59`,
        };
      }
      if (name in parts)
        return {
          ok: false,
          message: `part "${name}" is given twice`,
          messageZh: `分项“${name}”给了两次`,
        };
      parts[name] = Number(raw);
    }
    return { ok: true, value: { parts } };
  }
  return {
    ok: false,
    message: `"${trimmed.slice(0, 40)}" is not a value: expected a number (63.5), a ratio (38:62) or parts (secondary=59;higher=52)`,
    messageZh: `“${trimmed.slice(0, 40)}”不是数值：应为数字（63.5）、比例（38:62）或分项（secondary=59;higher=52）`,
  };
}
