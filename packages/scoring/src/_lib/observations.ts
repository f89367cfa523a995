import { checkValue, type Indicator } from '@plan/indicators';
import * as z from 'zod';
import { type Observation, ObservationInput } from '../schema/observation.js';
import { ScoringInputError, type ScoringIssue } from '../scoringInputError.js';
import { isIsoDateCached } from './time.js';

export type IndicatorLike = Pick<Indicator, 'id' | 'unit' | 'parts'>;

/**
 * Checks that an observed value can belong to its indicator, by the one rule
 * every caller uses (`checkValue` of @plan/indicators: a percentage in 0–100, a
 * count a whole number ≥ 0, an amount ≥ 0, a ratio for a ratio indicator with
 * parts adding up to 100 within `RATIO_TOLERANCE`, parts only the indicator
 * has). Pushes one issue per problem, with its path under `path`.
 */
export function checkObservationFit(
  observation: Pick<Observation, 'value'>,
  indicator: IndicatorLike,
  path: (string | number)[],
  issues: ScoringIssue[],
): void {
  for (const problem of checkValue(indicator, observation.value, 'value')) {
    issues.push({ path: [...path, ...problem.path.split('.')], message: problem.message });
  }
}

/**
 * Checks observations already shaped by `ObservationInput`: indicator and
 * region known, value fit, no duplicates. `indexes` maps each to its index in
 * the caller's array, for the paths of the issues.
 */
export function checkObservations(
  list: readonly { observation: ObservationInput; index: number }[],
  indicatorOf: (id: string) => IndicatorLike | undefined,
  regions: ReadonlySet<string> | null,
  subjectRegion: string,
): Observation[] {
  const passed = passQuickly(
    list.map((item) => item.observation),
    indicatorOf,
    regions,
    subjectRegion,
  );
  return passed
    ? passed.observations
    : checkEveryObservation(list, indicatorOf, regions, subjectRegion);
}

/** Observations checked, and the same grouped by indicator and region (in order of first sight). */
export type CheckedAndGrouped = {
  observations: Observation[];
  /** Each (indicator, region) met, with its observations in input order. */
  groups: { indicatorId: string; region: string; observations: Observation[] }[];
};

/**
 * `checkObservations` of a whole shaped array (indexes are positions), also
 * grouping the observations by indicator and region: one pass, no copy of an
 * observation that names its region.
 */
export function checkAndGroupObservations(
  shaped: readonly ObservationInput[],
  indicatorOf: (id: string) => IndicatorLike | undefined,
  regions: ReadonlySet<string> | null,
  subjectRegion: string,
): CheckedAndGrouped {
  const passed = passQuickly(shaped, indicatorOf, regions, subjectRegion);
  if (passed) return passed;
  // Something is wrong (or cannot be told quickly): the full check says what, in its order.
  const observations = checkEveryObservation(
    shaped.map((observation, index) => ({ observation, index })),
    indicatorOf,
    regions,
    subjectRegion,
  );
  const byKey = new Map<string, CheckedAndGrouped['groups'][number]>();
  for (const observation of observations) {
    const key = `${observation.indicatorId}\u0000${observation.region}`;
    const group = byKey.get(key);
    if (group) group.observations.push(observation);
    else
      byKey.set(key, {
        indicatorId: observation.indicatorId,
        region: observation.region,
        observations: [observation],
      });
  }
  return { observations, groups: [...byKey.values()] };
}

/** The full check: every problem of every observation, in order (what the errors say); the quick pass falls back on it. */
export function checkEveryObservation(
  list: readonly { observation: ObservationInput; index: number }[],
  indicatorOf: (id: string) => IndicatorLike | undefined,
  regions: ReadonlySet<string> | null,
  subjectRegion: string,
): Observation[] {
  const issues: ScoringIssue[] = [];
  const seen = new Map<string, number>();
  const observations = list.map(({ observation: raw, index }): Observation => {
    const observation = { ...raw, region: raw.region ?? subjectRegion };
    const indicator = indicatorOf(observation.indicatorId);
    if (!indicator) {
      issues.push({
        path: [index, 'indicatorId'],
        message: `unknown indicator "${observation.indicatorId}": not in the plan`,
      });
    } else {
      checkObservationFit(observation, indicator, [index], issues);
    }
    if (regions && !regions.has(observation.region)) {
      issues.push({
        path: [index, 'region'],
        message: `unknown region "${observation.region}": expected one of ${[...regions].join(', ')}`,
      });
    }
    const time =
      observation.year !== undefined ? `year ${observation.year}` : `date ${observation.date}`;
    const base = `${observation.indicatorId}\u0000${observation.region}\u0000${time}`;
    // Values of different parts may come in separate observations; the same part twice may not.
    const value = observation.value;
    const keys =
      typeof value === 'object' && 'parts' in value
        ? Object.keys(value.parts).map((part) => `${base}\u0000${part}`)
        : [base];
    for (const key of keys) {
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        issues.push({
          path: [index],
          message: `duplicate: observation [${earlier}] has the same indicator, region${key !== base ? ', part' : ''} and ${time}`,
        });
        break;
      }
    }
    for (const key of keys) seen.set(key, index);
    return observation;
  });
  if (issues.length > 0) throw new ScoringInputError(issues, 'observations');
  return observations;
}

/** An indicator met in a quick pass. */
type QuickIndicator = {
  indicator: IndicatorLike | undefined;
  /** Its id has no NUL (the full check's duplicate keys join ids with NUL). */
  plain: boolean;
  regions: Map<string, QuickGroup>;
};

/** An (indicator, region) met in a quick pass, and what tells a duplicate time. */
type QuickGroup = {
  indicatorId: string;
  region: string;
  known: boolean;
  observations: Observation[];
  /** The latest year and date so far while each kind comes in strictly increasing order… */
  lastYear: number;
  lastDate: string;
  /** …else (or once a value by part came) every time key of the group. */
  times: Set<string> | undefined;
};

const NUL = '\u0000';

/** The keys the full check compares within one (indicator, region), without the shared prefix. */
function timeKeys(observation: ObservationInput): string[] {
  const time =
    observation.year !== undefined ? `year ${observation.year}` : `date ${observation.date}`;
  const value = observation.value;
  return typeof value === 'object' && 'parts' in value
    ? Object.keys(value.parts).map((part) => `${time}${NUL}${part}`)
    : [time];
}

/**
 * The check when nothing is wrong, without building a key per observation: the
 * indicator and region are looked up once each per (indicator, region), and a
 * group whose years and dates come in increasing order (as stored) has no
 * duplicate without keeping its times. Undefined at the first doubt (any
 * problem, or an id or region holding a NUL, where the full check's keys could
 * run together): the full check then says exactly what it always said.
 */
function passQuickly(
  shaped: readonly ObservationInput[],
  indicatorOf: (id: string) => IndicatorLike | undefined,
  regions: ReadonlySet<string> | null,
  subjectRegion: string,
): CheckedAndGrouped | undefined {
  const indicators = new Map<string, QuickIndicator>();
  const groups: QuickGroup[] = [];
  // The shaped observations themselves, unless one leaves its region to the subject (then copies).
  let observations: Observation[] = shaped as Observation[];
  let last: QuickIndicator | undefined;
  let lastId = '';
  for (let index = 0; index < shaped.length; index++) {
    const raw = shaped[index] as ObservationInput;
    const indicatorId = raw.indicatorId;
    let entry = last;
    if (indicatorId !== lastId || entry === undefined) {
      entry = indicators.get(indicatorId);
      if (entry === undefined) {
        entry = {
          indicator: indicatorOf(indicatorId),
          plain: !indicatorId.includes(NUL),
          regions: new Map(),
        };
        indicators.set(indicatorId, entry);
      }
      last = entry;
      lastId = indicatorId;
    }
    const indicator = entry.indicator;
    if (indicator === undefined || !entry.plain) return undefined;
    let observation: Observation;
    if (raw.region === undefined) {
      if (observations === shaped) observations = shaped.slice(0, index) as Observation[];
      observation = { ...raw, region: subjectRegion };
    } else observation = raw as Observation;
    if (observations !== shaped) observations.push(observation);
    const region = observation.region;
    let group = entry.regions.get(region);
    if (group === undefined) {
      group = {
        indicatorId,
        region,
        known: (regions === null || regions.has(region)) && !region.includes(NUL),
        observations: [],
        lastYear: Number.NEGATIVE_INFINITY,
        lastDate: '',
        times: undefined,
      };
      entry.regions.set(region, group);
      groups.push(group);
    }
    if (!group.known) return undefined;
    if (checkValue(indicator, observation.value, 'value').length > 0) return undefined;
    const value = observation.value;
    if (group.times === undefined && typeof value === 'number') {
      if (observation.year !== undefined) {
        if (observation.year > group.lastYear) group.lastYear = observation.year;
        else group.times = new Set(group.observations.flatMap(timeKeys));
      } else if ((observation.date as string) > group.lastDate)
        group.lastDate = observation.date as string;
      else group.times = new Set(group.observations.flatMap(timeKeys));
    } else if (group.times === undefined)
      group.times = new Set(group.observations.flatMap(timeKeys));
    if (group.times !== undefined) {
      for (const key of timeKeys(observation)) {
        if (group.times.has(key)) return undefined;
        group.times.add(key);
      }
    }
    group.observations.push(observation);
  }
  return {
    observations,
    groups: groups.map(({ indicatorId, region, observations }) => ({
      indicatorId,
      region,
      observations,
    })),
  };
}

let shapeAll: z.ZodArray<typeof ObservationInput> | undefined;

/** Shapes an array of observations with zod, or throws with the paths. */
export function shapeObservations(input: unknown): ObservationInput[] {
  if (Array.isArray(input)) {
    const shaped = shapeQuickly(input);
    if (shaped) return shaped;
  }
  shapeAll ??= z.array(ObservationInput);
  const parsed = shapeAll.safeParse(input);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'observations');
  return parsed.data;
}

/**
 * What zod makes of an array of observations, when every one passes: each
 * well-formed observation shaped by hand (`shapeObservation`), any other by zod
 * alone. Undefined when one does not pass: zod then reads the whole array and
 * says why, as it always did.
 */
function shapeQuickly(input: readonly unknown[]): ObservationInput[] | undefined {
  const shaped: ObservationInput[] = new Array(input.length);
  // Each distinct date is judged once per call: isIsoDateCached keeps only a few thousand, and
  // daily series over years have more.
  const dates = new Map<string, boolean>();
  const isDate = (text: string) => {
    let ok = dates.get(text);
    if (ok === undefined) {
      ok = isIsoDateCached(text);
      dates.set(text, ok);
    }
    return ok;
  };
  for (let index = 0; index < input.length; index++) {
    const item = input[index];
    let observation = shapeObservation(item, isDate);
    if (observation === undefined) {
      const parsed = ObservationInput.safeParse(item);
      if (!parsed.success) return undefined;
      observation = parsed.data;
    }
    shaped[index] = observation;
  }
  return shaped;
}

type Loose = Record<string, unknown>;

/**
 * `ObservationInput`'s output for an observation with a plain number as its
 * value and every field of its type (zod's: the fields in the schema's order,
 * unknown keys left out, an optional field present as given — even undefined —
 * and absent when absent, read as zod reads them: `key in input`, `input[key]`);
 * undefined for anything else, which zod shapes (or refuses) instead. `isDate`
 * is `isIsoDateCached` (the `IsoDate` schema's check) or a memo of it.
 */
export function shapeObservation(
  item: unknown,
  isDate: (text: string) => boolean = isIsoDateCached,
): ObservationInput | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const input = item as Loose;
  const indicatorId = input.indicatorId;
  if (typeof indicatorId !== 'string' || indicatorId.length === 0) return undefined;
  const value = input.value;
  // Finite numbers only: a ratio or values by part go to zod.
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const year = input.year;
  const date = input.date;
  const source = input.source;
  const note = input.note;
  const region = input.region;
  const out: Loose = { indicatorId };
  if (year !== undefined) {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999)
      return undefined;
    out.year = year;
  } else if ('year' in input) out.year = undefined;
  if (date !== undefined) {
    if (typeof date !== 'string' || !isDate(date)) return undefined;
    out.date = date;
  } else if ('date' in input) out.date = undefined;
  // A year or a date, exactly one (the schema's refinement).
  if ((year === undefined) === (date === undefined)) return undefined;
  out.value = value;
  if (source !== undefined) {
    if (typeof source !== 'string') return undefined;
    out.source = source;
  } else if ('source' in input) out.source = undefined;
  if (note !== undefined) {
    if (typeof note !== 'string') return undefined;
    out.note = note;
  } else if ('note' in input) out.note = undefined;
  if (region !== undefined) {
    if (typeof region !== 'string' || region.length === 0) return undefined;
    out.region = region;
  } else if ('region' in input) out.region = undefined;
  return out as ObservationInput;
}
