/**
 * A whole-plan assessment on a new as-of date: the Ordos plan, every region,
 * time-progress, over many dated observations (every simple indicator × every
 * region × consecutive days from 2021). Each as-of date is new, so nothing is
 * cached between runs; the figure is CPU time, the best of ROUNDS. Not a
 * test: it prints figures.
 *
 *   pnpm exec tsx bench/assessPlan.bench.ts
 *   OBSERVATIONS=1000000 pnpm exec tsx bench/assessPlan.bench.ts
 */
import { loadavg } from 'node:os';
import { record } from '@plan/bench';
import { ordosPlan } from '@plan/indicators';
import { assessPlan } from '../src/assessPlan.js';

const COUNT = Number(process.env.OBSERVATIONS ?? 100_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

type Loose = { id: string; unit: { kind: string }; parts?: unknown };
// Indicators that take a plain number (no ratio of parts), so any value from 50 to 56 is valid.
const indicators = (ordosPlan.indicators as readonly Loose[]).filter(
  (indicator) =>
    (indicator.unit.kind === 'percent' || indicator.unit.kind === 'count') && !indicator.parts,
);
const regions = ordosPlan.regions.map((region) => region.id);
const observations: { indicatorId: string; region: string; date: string; value: number }[] = [];
const start = Date.UTC(2021, 0, 1);
for (let day = 0; observations.length < COUNT; day++) {
  const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  for (const indicator of indicators) {
    for (const region of regions) {
      if (observations.length < COUNT)
        observations.push({ indicatorId: indicator.id, region, date, value: 50 + (day % 7) });
    }
  }
}

let best = Number.POSITIVE_INFINITY;
let assessed = 0;
for (let round = 0; round < ROUNDS; round++) {
  // A different as-of date each round: nothing to reuse.
  const asOf = `2024-06-${String(10 + round).padStart(2, '0')}`;
  const before = process.cpuUsage();
  assessed = assessPlan(ordosPlan, observations, { method: 'time-progress', asOf, regions })
    .indicators.length;
  const used = process.cpuUsage(before);
  best = Math.min(best, (used.user + used.system) / 1e6);
}
console.log(
  `assessPlan: ${COUNT.toLocaleString('en')} observations, ${indicators.length} indicators × ${regions.length} regions (${assessed} assessments), new as-of date: ${(best * 1000).toFixed(0)} ms CPU, best of ${ROUNDS}; load ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
record([
  {
    name: `scoring assessPlan: ${COUNT.toLocaleString('en')} observations, new as-of date`,
    value: best * 1000,
    unit: 'ms',
  },
]);
