import type { PlanLike } from '../../checkObservation.js';
import type { FigureTarget } from '../../checkTargetFigure.js';
import { plainCell } from './cellText.js';

/** The fields of an import row. */
export type RowField =
  | 'indicatorId'
  | 'targetId'
  | 'region'
  | 'year'
  | 'date'
  | 'value'
  | 'source'
  | 'note';

/**
 * Header names an import reads, English (ours, case-insensitive) and Chinese (as officials
 * write them): 指标名称 / 指标 take an indicator's name as printed or its id, 地区 / 旗区 a
 * region's name or id, 目标编号 a target's id (T-…).
 */
export const HEADER_FIELDS: Readonly<Record<string, RowField>> = Object.freeze({
  indicator_id: 'indicatorId',
  indicatorid: 'indicatorId',
  indicator: 'indicatorId',
  target_id: 'targetId',
  targetid: 'targetId',
  target: 'targetId',
  region: 'region',
  year: 'year',
  date: 'date',
  value: 'value',
  source: 'source',
  note: 'note',
  指标名称: 'indicatorId',
  指标: 'indicatorId',
  指标编号: 'indicatorId',
  目标编号: 'targetId',
  目标: 'targetId',
  地区: 'region',
  旗区: 'region',
  年份: 'year',
  年度: 'year',
  日期: 'date',
  数值: 'value',
  来源: 'source',
  数据来源: 'source',
  备注: 'note',
});

/** The field a header names, or undefined: trimmed, full-width forms and case ignored. */
export function fieldOfHeader(name: string): RowField | undefined {
  const key = plainCell(name.replace(/^\uFEFF/, '')).toLowerCase();
  return Object.hasOwn(HEADER_FIELDS, key) ? HEADER_FIELDS[key] : undefined;
}

/** A name as compared: NFKC (full-width brackets and letters as ASCII), no spaces, no leading `*`, lower case. */
function keyOf(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/^\*/, '').toLowerCase();
}

/** One thing a cell may name: its id, and the label that names it in a suggestion. */
type Named = { id: string; label: string };

type NameIndex = {
  /** Ids by every key that names them (id, names); two ids for an ambiguous name. */
  byKey: Map<string, string[]>;
  /** What suggestions are drawn from: each name and id with the label shown. */
  choices: { key: string; named: Named }[];
  /** Problems already worked out for a cell's text: a million rows may repeat one mistake. */
  seen: Map<string, NameProblem>;
};

export type NameTarget = FigureTarget & { metric?: { zh: string; en: string } | undefined };
type Names = { indicators: NameIndex; regions: NameIndex; targets: NameIndex };
const cache = new WeakMap<object, Names>();

function indexOf(entries: { named: Named; keys: string[] }[]): NameIndex {
  const byKey = new Map<string, string[]>();
  const choices: NameIndex['choices'] = [];
  for (const { named, keys } of entries) {
    for (const key of new Set(keys.map(keyOf))) {
      if (key === '') continue;
      const ids = byKey.get(key) ?? [];
      if (!ids.includes(named.id)) ids.push(named.id);
      byKey.set(key, ids);
      choices.push({ key, named });
    }
  }
  return { byKey, choices, seen: new Map() };
}

/** Names of the plan's indicators, regions and targets, built once per plan object. */
function namesOf(plan: PlanLike & { targets?: readonly NameTarget[] }): Names {
  let names = cache.get(plan);
  if (names) return names;
  const regionsById = new Map(plan.regions.map((region) => [region.id, region]));
  const subject = regionsById.get(plan.subjectRegion);
  // A short name (东胜 for 东胜区) names a region only when no other region shares it.
  const shortNames = new Map<string, number>();
  const shortOf = (zh: string) => zh.replace(/(自治区|市|区|旗|县)$/, '');
  for (const region of plan.regions) {
    const short = shortOf(region.name.zh);
    shortNames.set(short, (shortNames.get(short) ?? 0) + 1);
  }
  names = {
    indicators: indexOf(
      plan.indicators.map((indicator) => ({
        named: { id: indicator.id, label: `${indicator.name.zh} (${indicator.id})` },
        keys: [indicator.id, indicator.name.zh, indicator.printed, indicator.name.en],
      })),
    ),
    regions: indexOf(
      plan.regions.map((region) => {
        const short = shortOf(region.name.zh);
        const keys = [region.id, region.name.zh, region.name.en];
        if (short !== region.name.zh && short.length >= 2 && shortNames.get(short) === 1)
          keys.push(short);
        // 全市: the whole city, as officials head a city's own figures.
        if (region === subject && region.level === 'city') keys.push('全市');
        return { named: { id: region.id, label: `${region.name.zh} (${region.id})` }, keys };
      }),
    ),
    targets: indexOf(
      (plan.targets ?? []).map((target) => ({
        named: {
          id: target.id,
          label: target.metric ? `${target.id} ${target.metric.zh}` : target.id,
        },
        keys: [target.id],
      })),
    ),
  };
  cache.set(plan, names);
  return names;
}

export type NameKind = 'indicator' | 'region' | 'target';

const WHAT: Record<
  NameKind,
  {
    index: keyof Names;
    noun: string;
    nounZh: string;
    unknown: (text: string) => string;
    unknownZh: (text: string) => string;
  }
> = {
  indicator: {
    index: 'indicators',
    noun: 'indicator',
    nounZh: '指标',
    unknown: (text) => `unknown indicator "${text}"`,
    unknownZh: (text) => `未知的指标“${text}”：请按规划所印的指标名称或指标编号填写`,
  },
  region: {
    index: 'regions',
    noun: 'region',
    nounZh: '地区',
    unknown: (text) => `unknown region "${text}": give a 旗区 name such as 东胜区, or its id`,
    unknownZh: (text) => `未知的地区“${text}”：请填写旗区名称（如东胜区）或其编号`,
  },
  target: {
    index: 'targets',
    noun: 'target',
    nounZh: '目标',
    unknown: (text) => `unknown target "${text}" in this plan`,
    unknownZh: (text) => `本规划中没有目标“${text}”`,
  },
};

/** A name that names nothing, or two things: why, in English and Chinese. */
export type NameProblem = { problem: string; problemZh: string };

/**
 * The id a cell names: an id as it is (the fast path of a million-row import), else a name
 * of the plan (an indicator's name or printed name, a region's Chinese or English name, a
 * target's id in any case), compared without full-width forms, spaces or a leading `*`.
 * A name of two things, or of none, gives a problem naming the candidates: the closest
 * names for a typo, all of them for an ambiguous name.
 */
export function idOfName(
  plan: PlanLike & { targets?: readonly NameTarget[] },
  kind: NameKind,
  text: string,
): { id: string } | NameProblem {
  const found = idOrProblem(plan, kind, text);
  return typeof found === 'string' ? { id: found } : found;
}

/** idOfName without an object for a found id. */
export function idOrProblem(
  plan: PlanLike & { targets?: readonly NameTarget[] },
  kind: NameKind,
  text: string,
): string | NameProblem {
  return resolveIn(namesOf(plan)[WHAT[kind].index], kind, text);
}

/** A resolver of one plan's names, for an import's hot loop (two calls a row): no lookup of the plan's names each time. */
export type NameResolver = {
  [kind in NameKind]: (text: string) => string | NameProblem;
};

/** idOrProblem for each kind of name, the plan's names looked up once. */
export function nameResolver(plan: PlanLike & { targets?: readonly NameTarget[] }): NameResolver {
  const names = namesOf(plan);
  return {
    indicator: (text) => resolveIn(names.indicators, 'indicator', text),
    region: (text) => resolveIn(names.regions, 'region', text),
    target: (text) => resolveIn(names.targets, 'target', text),
  };
}

function resolveIn(index: NameIndex, kind: NameKind, text: string): string | NameProblem {
  const exact = index.byKey.get(text);
  if (exact?.length === 1) return exact[0] as string;
  const seen = index.seen.get(text);
  if (seen !== undefined) return seen;
  const key = keyOf(text);
  const ids = index.byKey.get(key);
  if (ids?.length === 1) return ids[0] as string;
  const what = WHAT[kind];
  let found: NameProblem;
  if (ids && ids.length > 1) {
    const labels = ids
      .map((id) => index.choices.find((choice) => choice.named.id === id))
      .map((choice) => choice?.named.label);
    found = {
      problem: `"${text}" names ${ids.length} ${what.noun}s of the plan: ${labels.join(', ')}; give the id to say which`,
      problemZh: `“${text}”对应本规划中的 ${ids.length} 个${what.nounZh}：${labels.join('、')}；请填写编号以示区别`,
    };
  } else {
    const closest = closestNames(index, key);
    found = {
      problem: what.unknown(text) + (closest.length > 0 ? `; closest: ${closest.join(', ')}` : ''),
      problemZh:
        what.unknownZh(text) + (closest.length > 0 ? `；最接近的有：${closest.join('、')}` : ''),
    };
  }
  if (index.seen.size < 10_000) index.seen.set(text, found);
  return found;
}

/** Up to three labels nearest `key`: names holding it or held in it first, then by edit distance. */
function closestNames(index: NameIndex, key: string): string[] {
  const scored = new Map<string, number>();
  for (const { key: name, named } of index.choices) {
    const contains = name.includes(key) || key.includes(name);
    const distance = contains ? Math.abs(name.length - key.length) / 100 : editDistance(name, key);
    const limit = Math.max(1, Math.floor(Math.max(name.length, key.length) / 3));
    if (distance > limit) continue;
    const before = scored.get(named.label);
    if (before === undefined || distance < before) scored.set(named.label, distance);
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([label]) => label);
}

/** Levenshtein distance, by code unit. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
