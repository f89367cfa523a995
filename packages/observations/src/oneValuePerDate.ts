import { DEMO_SOURCE, type Observation, PLAN_SOURCE } from './schema/observation.js';

/**
 * Which source counts when several give a value for the same indicator, region and date,
 * strongest first. Sources are free text, so each rank names what it matches:
 *
 * 1. `plan`: the plan's own printed figures (its 2020 baselines). They are what the targets
 *    were set against, and the API cannot change them.
 * 2. Official statistics: a source naming a statistics office or its bulletin
 *    (`statistics…`, `stats…`, `bulletin…`, `nbs…`, or containing 统计 / 公报). Published,
 *    audited figures outrank everything a department or a person reports.
 * 3. Department reports: `department…`, `dept…`, `report…`, or containing 部门 / 报告 / 局
 *    (教育局, 体育局): a bureau's own account of its work, checked but not audited.
 * 4. Everything else: values recorded through the API (`api`), imports and other names.
 * 5. `demo`: illustrative figures (示例数据), which never pass for official ones.
 *
 * Among values of the same rank the one recorded first stands (then the first source by
 * name, so every run picks the same): a correction is made by correcting that value (its
 * history keeps both), not by writing another one under a new name. So the figure that
 * counts follows from where it comes from, not from whoever wrote last.
 */
export const SOURCE_PRECEDENCE = [
  { rank: 1, name: 'plan', matches: (source: string) => source === PLAN_SOURCE },
  {
    rank: 2,
    name: 'official statistics',
    matches: (source: string) =>
      /^(statistics|stats|bulletin|nbs)\b/i.test(source) || /统计|公报/.test(source),
  },
  {
    rank: 3,
    name: 'department reports',
    matches: (source: string) =>
      /^(department|dept|report)\b/i.test(source) || /部门|报告|局/.test(source),
  },
  {
    rank: 4,
    name: 'api, imports and other sources',
    matches: (source: string) => source !== DEMO_SOURCE,
  },
  { rank: 5, name: 'illustrative (demo)', matches: (_source: string) => true },
] as const;

/** The rank of a source in SOURCE_PRECEDENCE: 1 counts most, 5 (demo) least. */
export function sourceRank(observation: Pick<Observation, 'source' | 'illustrative'>): number {
  if (observation.illustrative) return 5;
  const source = observation.source.trim();
  return SOURCE_PRECEDENCE.find((entry) => entry.matches(source))?.rank ?? 4;
}

/** True when `candidate` counts over `current` for the same indicator, region and date. */
function countsOver(candidate: Observation, current: Observation): boolean {
  const ranks = sourceRank(candidate) - sourceRank(current);
  if (ranks !== 0) return ranks < 0;
  if (candidate.createdAt !== current.createdAt) return candidate.createdAt < current.createdAt;
  return candidate.source < current.source;
}

/**
 * Scoring needs one value per indicator, region and date, but the store may hold several
 * from different sources (the plan's 2020 value and a bulletin's, or an official and an
 * illustrative one). The one that counts is chosen by SOURCE_PRECEDENCE, then the first
 * recorded; the others are returned as set aside, so a reader can see what was not used.
 *
 * @example
 * oneValuePerDate([apiValue, bulletinValue]).used // [bulletinValue]: statistics outrank the API
 */
export function oneValuePerDate(observations: readonly Observation[]): {
  used: Observation[];
  setAside: Observation[];
} {
  const chosen = new Map<string, Observation>();
  const setAside: Observation[] = [];
  for (const observation of observations) {
    const key = `${observation.indicatorId}\u0000${observation.region}\u0000${observation.date}`;
    const current = chosen.get(key);
    if (!current) {
      chosen.set(key, observation);
      continue;
    }
    if (countsOver(observation, current)) {
      setAside.push(current);
      chosen.set(key, observation);
    } else {
      setAside.push(observation);
    }
  }
  return { used: [...chosen.values()], setAside };
}
