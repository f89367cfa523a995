/**
 * A whole-plan assessment on a new as-of date: the Ordos plan, every region,
 * time-progress, over many dated observations (every simple indicator × every
 * region × consecutive days from 2021). Each as-of date is new. Measured three
 * ways in the same run: `assessPlan` (reads and checks the observations again:
 * the baseline), `checkPlanObservations` (that reading and checking alone, once
 * per data version) and `assessPlanChecked` on the checked observations: its
 * first as-of date (which reads each series off them once) and then new ones
 * (what a new as-of date costs a server that keeps them). The reading and
 * checking is also measured as it was before its quick path (zod for every
 * observation, the full check with a key per observation): the baseline of
 * checkPlanObservations. CPU time, the best of ROUNDS.
 *
 * Then the same on few long series, as a bureau's daily data over decades
 * gives them: LONG_OBSERVATIONS (default 1,000,000) of the city alone, every
 * simple indicator daily from 2021 (53 series of ~18,900 days, to 2072):
 * checked once, the first as-of date, then new ones. (Before the date memos
 * of `_lib/time.ts` kept every date, a new as-of date here re-parsed each
 * series' dates with date-fns: ~10 s at 1M.)
 * Not a test: it prints figures.
 *
 *   pnpm exec tsx bench/assessPlan.bench.ts
 *   OBSERVATIONS=1000000 pnpm exec tsx bench/assessPlan.bench.ts
 *   LONG_OBSERVATIONS=300000 pnpm exec tsx bench/assessPlan.bench.ts
 */
import { loadavg } from 'node:os';
import { record } from '@plan/bench';
import { ordosPlan } from '@plan/indicators';
import * as z from 'zod';
import { checkEveryObservation } from '../src/_lib/observations.js';
import { planLookups } from '../src/_lib/observationsPlan.js';
import { assessPlan, assessPlanChecked } from '../src/assessPlan.js';
import {
  type CheckedObservations,
  checkPlanObservations,
  groupKey,
} from '../src/checkPlanObservations.js';
import { ObservationInput } from '../src/schema/observation.js';

const COUNT = Number(process.env.OBSERVATIONS ?? 100_000);
const LONG_COUNT = Number(process.env.LONG_OBSERVATIONS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

type Loose = { id: string; unit: { kind: string }; parts?: unknown };
// Indicators that take a plain number (no ratio of parts), so any value from 50 to 56 is valid.
const indicators = (ordosPlan.indicators as readonly Loose[]).filter(
  (indicator) =>
    (indicator.unit.kind === 'percent' || indicator.unit.kind === 'count') && !indicator.parts,
);
const regions = ordosPlan.regions.map((region) => region.id);
type Row = { indicatorId: string; region: string; date: string; value: number };

/** `count` observations: each day from 2021, every indicator × every region of `inRegions`. */
function dailyObservations(count: number, inRegions: readonly string[]): Row[] {
  const rows: Row[] = [];
  const start = Date.UTC(2021, 0, 1);
  for (let day = 0; rows.length < count; day++) {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    for (const indicator of indicators) {
      for (const region of inRegions) {
        if (rows.length < count)
          rows.push({ indicatorId: indicator.id, region, date, value: 50 + (day % 7) });
      }
    }
  }
  return rows;
}
const observations = dailyObservations(COUNT, regions);

/** CPU time of `run`, in seconds. */
function cpu(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** checkPlanObservations as it was before its quick path: zod for each, a key per observation. */
function checkAsBefore(input: unknown): number {
  const shaped = z.array(ObservationInput).parse(input);
  const { indicatorOf, regions } = planLookups(ordosPlan);
  const checked = checkEveryObservation(
    shaped.map((observation, index) => ({ observation, index })),
    indicatorOf,
    regions,
    ordosPlan.subjectRegion,
  );
  const byKey = new Map<string, unknown[]>();
  for (const observation of checked) {
    const key = groupKey(observation.indicatorId, observation.region);
    const list = byKey.get(key);
    if (list) list.push(observation);
    else byKey.set(key, [observation]);
  }
  return byKey.size;
}

// Each round takes as-of dates no round took before: nothing to reuse but the checked observations.
let best = Number.POSITIVE_INFINITY;
let bestChecking = Number.POSITIVE_INFINITY;
let bestBefore = Number.POSITIVE_INFINITY;
let assessed = 0;
let checked: CheckedObservations | undefined;
for (let round = 0; round < ROUNDS; round++) {
  const asOf = `2024-06-${String(10 + round).padStart(2, '0')}`;
  best = Math.min(
    best,
    cpu(() => {
      assessed = assessPlan(ordosPlan, observations, { method: 'time-progress', asOf, regions })
        .indicators.length;
    }),
  );
  // What a server does once per data version: as before (the baseline), then as now.
  bestBefore = Math.min(
    bestBefore,
    cpu(() => {
      checkAsBefore(observations);
    }),
  );
  bestChecking = Math.min(
    bestChecking,
    cpu(() => {
      checked = checkPlanObservations(ordosPlan, observations);
    }),
  );
}
// Then, on the observations checked once: the first as-of date reads each series off them
// (kept), every later one only judges.
const judge = (asOf: string) => () => {
  assessPlanChecked(ordosPlan, checked as CheckedObservations, {
    method: 'time-progress',
    asOf,
    regions,
  });
};
const first = cpu(judge('2024-07-01'));
let bestChecked = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++)
  bestChecked = Math.min(bestChecked, cpu(judge(`2024-07-${String(10 + round).padStart(2, '0')}`)));

// Few long series: the city alone, daily over decades.
const city = ordosPlan.subjectRegion;
const long = dailyObservations(LONG_COUNT, [city]);
const lastDate = (long[long.length - 1] as Row).date;
let longChecked: CheckedObservations | undefined;
const longChecking = cpu(() => {
  longChecked = checkPlanObservations(ordosPlan, long);
});
const judgeLong = (asOf: string) => () => {
  assessPlanChecked(ordosPlan, longChecked as CheckedObservations, {
    method: 'time-progress',
    asOf,
  });
};
const longFirst = cpu(judgeLong('2024-07-01'));
let longBest = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++)
  longBest = Math.min(longBest, cpu(judgeLong(`2024-07-${String(10 + round).padStart(2, '0')}`)));

const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
const count = COUNT.toLocaleString('en');
const longCount = LONG_COUNT.toLocaleString('en');
const longShape = `${longCount} observations of the city in ${indicators.length} daily series (2021 to ${lastDate.slice(0, 4)})`;
console.log(
  `assessPlan: ${count} observations, ${indicators.length} indicators × ${regions.length} regions (${assessed} assessments), CPU time, best of ${ROUNDS}; load ${load}
  new as-of date, observations read and checked again (assessPlan):  ${(best * 1000).toFixed(0)} ms
  reading and checking them once per data version, as before (zod, a key each): ${(bestBefore * 1000).toFixed(0)} ms
  reading and checking them once per data version (checkPlanObservations): ${(bestChecking * 1000).toFixed(0)} ms (${(bestBefore / bestChecking).toFixed(1)}× faster)
  first as-of date on the checked observations (assessPlanChecked): ${(first * 1000).toFixed(0)} ms
  new as-of date on the checked observations (assessPlanChecked): ${(bestChecked * 1000).toFixed(0)} ms (${(best / bestChecked).toFixed(1)}× faster than assessPlan)
${longShape}:
  reading and checking them once per data version (checkPlanObservations): ${(longChecking * 1000).toFixed(0)} ms
  first as-of date on the checked observations (assessPlanChecked): ${(longFirst * 1000).toFixed(0)} ms
  new as-of date on the checked observations (assessPlanChecked): ${(longBest * 1000).toFixed(0)} ms`,
);
record([
  {
    name: `scoring assessPlan: ${count} observations, new as-of date`,
    value: best * 1000,
    unit: 'ms',
  },
  {
    name: `scoring checkPlanObservations: ${count} observations, once per data version`,
    value: bestChecking * 1000,
    unit: 'ms',
    // The same reading and checking as before its quick path (zod, a key per observation).
    baseline: bestBefore * 1000,
  },
  {
    name: `scoring assessPlanChecked: ${count} observations checked once, first as-of date`,
    value: first * 1000,
    unit: 'ms',
  },
  {
    name: `scoring assessPlanChecked: ${count} observations checked once, new as-of date`,
    value: bestChecked * 1000,
    unit: 'ms',
  },
  {
    name: `scoring checkPlanObservations: ${longShape}, once per data version`,
    value: longChecking * 1000,
    unit: 'ms',
  },
  {
    name: `scoring assessPlanChecked: ${longShape}, first as-of date`,
    value: longFirst * 1000,
    unit: 'ms',
  },
  {
    name: `scoring assessPlanChecked: ${longShape}, new as-of date`,
    value: longBest * 1000,
    unit: 'ms',
  },
]);
