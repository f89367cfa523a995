import { comparatorSign } from '@plan/indicators';
import type { Target } from '@plan/projects';
import { milestoneStatusLabels, type StatusLegendEntry } from '@plan/scoring';
import { formatShare } from '../_lib/formatNumbers.js';
import type { Lang } from '../_lib/localize.js';
import { indicatorName } from '../assessment/indicatorName.js';
import type { IndicatorRow } from '../assessment/indicatorRows.js';
import { statusEntry } from '../assessment/statusLegend.js';
import type { Cell } from './reportModel.types.js';
import { REPORT_TEXT } from './reportText.js';

/** The legend entry of a milestone that indicator data cannot judge. */
export const NOT_JUDGED: StatusLegendEntry = {
  label: REPORT_TEXT.notJudgedStatus,
  colour: '#d0d7de',
  rank: null,
};

/** A milestone status's legend entry; null (not judged) and unknown statuses are NOT_JUDGED. */
export function milestoneEntry(status: string | null): StatusLegendEntry {
  if (status === null) return NOT_JUDGED;
  return (milestoneStatusLabels as Record<string, StatusLegendEntry>)[status] ?? NOT_JUDGED;
}

/** Our remark (zh where we wrote one, else en); the plan's own words are never remarks. */
export function remarkText(text: { zh?: string | undefined; en: string }, lang: Lang): string {
  return lang === 'zh' && text.zh ? text.zh : text.en;
}

// The words the plan writes after a number to compare it: 一半以上 (half or more).
const COMPARATOR_WORDS = ['以上', '以下', '左右'];

/**
 * A share the plan writes in words (一半以上的旗区) as it stands in the text: the word
 * carries its own unit, so neither a sign nor % goes with it. Undefined for a number.
 */
function shareInWords(target: Target): string | undefined {
  if (target.unit.zh !== '%' || /\d/.test(target.printedValue)) return undefined;
  const at = target.text.indexOf(target.printedValue) + target.printedValue.length;
  const word = COMPARATOR_WORDS.find((each) => target.text.startsWith(each, at));
  return word ? `${target.printedValue}${word}` : target.printedValue;
}

/**
 * A target's value as the plan states it: comparator (as printed, ＞ full-width), the printed
 * number, the unit; a share written in words as printed (一半以上), in English with its number.
 */
export function targetValueText(target: Target, lang: Lang): string {
  const sign = comparatorSign(target.comparator);
  const unit = lang === 'zh' ? target.unit.zh : ` ${target.unit.en}`;
  const words = shareInWords(target);
  if (words !== undefined)
    return lang === 'zh' ? words : `${words} (${sign}${target.value}${unit})`;
  const range =
    target.comparator === 'between' ? `${target.value}–${target.upper}` : target.printedValue;
  return `${sign}${range}${unit}`;
}

/** A status as a coloured chip, its explanation on hover. */
export function statusCell(entry: StatusLegendEntry, lang: Lang, extra: Partial<Cell> = {}): Cell {
  return { text: entry.label[lang], colour: entry.colour, ...extra };
}

/** An indicator's name: under it the Chinese as printed (in English) and its categories. */
export function indicatorNameCell(row: IndicatorRow, lang: Lang, illustrative = false): Cell {
  return {
    text: indicatorName(row.indicator, lang),
    ...(lang === 'en' ? { original: row.indicator.printed } : {}),
    context: categoryPath(row, lang),
    ...(illustrative ? { illustrative } : {}),
  };
}

/** The categories of an indicator from the top of its table down: 竞技体育 › 队伍建设. */
export const categoryPath = (row: IndicatorRow, lang: Lang) =>
  row.categories.map((category) => category[lang]).join(' › ');

/** The primary method's status of an indicator, its explanation on hover. */
export function primaryStatusCell(row: IndicatorRow, lang: Lang): Cell {
  return statusCell(statusEntry(row.primary.method, row.primary.status), lang, {
    hint: row.primary.explanation[lang],
    illustrative: row.provenance.illustrative,
  });
}

/**
 * A completion share as shown: capped at 100% with 超额完成 (exceeded) beside it when
 * the indicator went past its target, the uncapped figure in the details; a
 * time-elapsed share as it is. The workbook keeps the uncapped number as the value.
 */
function shareText(share: number | null, pick: 'completion' | 'timeProgress', lang: Lang) {
  if (pick === 'completion' && share !== null && share > 1) {
    const t = REPORT_TEXT;
    return {
      text: `${formatShare(1)} ${t.exceeded[lang]}`,
      detail: t.uncapped[lang](formatShare(share)),
    };
  }
  return { text: formatShare(share), detail: undefined };
}

/** 完成进度 or 时序进度: one share, or one line per part of a split indicator. */
export function progressCell(
  row: IndicatorRow,
  pick: 'completion' | 'timeProgress',
  lang: Lang,
): Cell {
  if (row.progress.length === 0) return { text: '—', value: null };
  const lines = row.progress.map((figures): Cell => {
    const shown = shareText(figures[pick], pick, lang);
    const part = figures.part ? `${figures.part.zh} ` : '';
    return { text: `${part}${shown.text}`, ...(shown.detail ? { detail: [shown.detail] } : {}) };
  });
  if (row.progress.length === 1) {
    const [line] = lines;
    return { ...(line ?? { text: '—' }), value: row.progress[0]?.[pick] ?? null };
  }
  return {
    text: lines.map((line) => line.text).join(' / '),
    items: { as: 'lines', cells: lines },
  };
}

/** The latest value, with its time and source under it, and ‡ when it is not yet approved. */
export function latestCell(row: IndicatorRow, lang: Lang): Cell {
  if (row.latestText === null) return { text: '—' };
  return {
    text: row.latestText,
    detail: [
      row.latestTime ?? '',
      row.provenance.latest?.source ?? '',
      ...(row.provenance.latest?.submitted ? [`‡ ${REPORT_TEXT.submittedTag[lang]}`] : []),
    ],
    illustrative: row.provenance.illustrative,
  };
}
