/**
 * The first whole-plan assessment after a write, over OBSERVATIONS stored
 * observations (default 200,000; a million needs a larger heap), as the plan assessment's work thread does
 * it (`tasks.planAssessment` with a new data version in its key), on the rows
 * the route reads for it (one region's: the plan's subject): one value per
 * indicator, region and date, the scoring shape, reading and checking
 * (`checkPlanObservations`) and the judging on the first as-of date. Beside it,
 * in the same run: the copy that takes the observations to the thread — packed
 * into columns on the server (packedRows.ts), the buffers moved, unpacked on the
 * thread — beside the structured clone of the objects it replaced (both sides),
 * each step alone, and a new as-of date on the kept observations (the
 * baseline: what a request costs when nothing was written). The store's read of the same rows is measured in packages/store's
 * bench. CPU time of this process; not a test, it prints figures.
 *
 *   node --conditions=@plan/source --import tsx bench/firstRead.bench.ts
 *   OBSERVATIONS=1000000 node --max-old-space-size=8192 --conditions=@plan/source --import tsx bench/firstRead.bench.ts
 */
import { loadavg } from 'node:os';
import { record } from '@plan/bench';
import { ordosPlan } from '@plan/indicators';
import { type Observation, oneValuePerDate, toScoringObservations } from '@plan/observations';
import { assessPlanChecked, checkPlanObservations } from '@plan/scoring';
import { oneValuePerDateInOrder } from '../src/work/checkedObservations.js';
import { type PackedRows, packRows, transferOf, unpackRows } from '../src/work/packedRows.js';
import { tasks } from '../src/work/tasks.js';

const COUNT = Number(process.env.OBSERVATIONS ?? 200_000);
// The route reads one region's observations (GET /api/v1/assessments?region=…, default the subject).
const regions = [ordosPlan.subjectRegion];
const days = Math.ceil(COUNT / (ordosPlan.indicators.length * regions.length));
const dayOf = (index: number) =>
  new Date(Date.UTC(2021, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
const dates = Array.from({ length: days }, (_, index) => dayOf(index));

/** A value that fits its indicator: a percentage, a whole count, an amount, a ratio or parts. */
function valueFor(indicator: (typeof ordosPlan.indicators)[number], step: number) {
  const wobble = (step * 7 + indicator.id.length * 13) % 100;
  if (indicator.unit.kind === 'ratio') return { ratio: [30 + (wobble % 20), 70 - (wobble % 20)] };
  if (indicator.parts)
    return {
      parts: Object.fromEntries(
        indicator.parts.map((part, index) => [part.id, 40 + ((wobble + index * 11) % 60)]),
      ),
    };
  if (indicator.unit.kind === 'count') return wobble * 3;
  if (indicator.unit.kind === 'percent') return Math.round(wobble * 9 + 50) / 10;
  return wobble / 10 + 1;
}

// As the store reads them (by indicator, region, date), every field a stored observation has.
const stored: Observation[] = [];
// The store orders by indicator id (then region, date, source).
const byId = [...ordosPlan.indicators].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
outer: for (const indicator of byId) {
  for (const region of regions) {
    for (let day = 0; day < days; day++) {
      if (stored.length >= COUNT) break outer;
      const date = dates[day] as string;
      stored.push({
        id: `obs-${stored.length}`,
        indicatorId: indicator.id,
        targetId: null,
        region,
        year: Number(date.slice(0, 4)),
        date,
        period: 'date',
        value: valueFor(indicator, day),
        source: 'bench',
        illustrative: false,
        note: null,
        createdReason: 'import',
        version: 1,
        createdAt: '2026-01-05T08:00:00.000Z',
        createdBy: 'bench',
        updatedAt: '2026-01-05T08:00:00.000Z',
        updatedBy: 'bench',
        approval: 'approved',
        approvalReason: null,
        reviewedBy: null,
        reviewedAt: null,
      } as Observation);
    }
  }
}

/** CPU time of `run` in ms, and what it returned. */
function cpu<T>(run: () => T): [number, T] {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return [(used.user + used.system) / 1000, value];
}

const ask = (cacheKey: string, asOf: string, observations?: Observation[] | PackedRows) => {
  const outcome = tasks.planAssessment({
    ...(observations
      ? Array.isArray(observations)
        ? { stored: observations }
        : { packed: observations }
      : {}),
    cacheKey,
    method: 'time-progress',
    asOf,
    region: ordosPlan.subjectRegion,
    version: 1,
  });
  if (!('body' in outcome)) throw new Error(`not judged: ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome.body.length;
};

/** The rows packed on the server and moved as postMessage moves them (buffers transferred). */
function packAndMove(rows: Observation[]): [number, number, PackedRows] {
  const [pack, packed] = cpu(() => packRows(rows));
  if (!packed) throw new Error('not packed');
  const [move, moved] = cpu(() => structuredClone(packed, { transfer: transferOf(packed) }));
  return [pack, move, moved];
}

// Each step alone, on the stored observations. The copy to the thread as it was (a structured clone
// of the objects, both sides), then as it is (packed, moved, unpacked).
const [clone] = cpu(() => structuredClone(stored));
const [pack, move, moved] = packAndMove(stored);
const [unpack] = cpu(() => unpackRows(moved));
const copy = pack + move + unpack;
const [oneValueBefore] = cpu(() => oneValuePerDate(stored));
const [oneValue, { used }] = cpu(() => oneValuePerDateInOrder(stored));
const [shape, scoring] = cpu(() => toScoringObservations(used));
const [check, checked] = cpu(() => checkPlanObservations(ordosPlan, scoring));
const [firstDate] = cpu(() =>
  assessPlanChecked(ordosPlan, checked, {
    method: 'time-progress',
    asOf: '2025-06-30',
    region: ordosPlan.subjectRegion,
  }),
);

// As the work thread does it: a first read (version 1), then a write (one value changed: a new
// version, a new key) and the first as-of date after it, then a new as-of date on what it keeps.
ask('bench|1', '2025-06-01', stored);
const written = stored.slice();
const changed = written.length >> 1;
const before = written[changed] as Observation;
const indicator = ordosPlan.indicators.find((item) => item.id === before.indicatorId);
if (!indicator) throw new Error('no indicator');
written[changed] = { ...before, version: 2, value: valueFor(indicator, days + 1) };
const [, , writtenMoved] = packAndMove(written);
const [afterWrite] = cpu(() => ask('bench|2', '2025-06-02', writtenMoved));
let newDate = Number.POSITIVE_INFINITY;
for (const asOf of ['2025-06-03', '2025-06-04', '2025-06-05'])
  newDate = Math.min(newDate, cpu(() => ask('bench|2', asOf))[0]);

const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
const count = COUNT.toLocaleString('en');
console.log(
  `first plan assessment after a write, ${count} stored observations of ${ordosPlan.subjectRegion} (${ordosPlan.indicators.length} indicators × ${days} days from 2021), CPU ms; load ${load}
  copy to the work thread, as it was (structuredClone of the objects, both sides): ${clone.toFixed(0)}
  copy to the work thread, packed (packRows on the server ${pack.toFixed(0)}, moved ${move.toFixed(0)}, unpackRows on the thread ${unpack.toFixed(0)}): ${copy.toFixed(0)} (${(clone / copy).toFixed(1)}× less)
  one value per date, as it was (oneValuePerDate):   ${oneValueBefore.toFixed(0)}
  one value per date, in store order (oneValuePerDateInOrder): ${oneValue.toFixed(0)}
  scoring shape (toScoringObservations):              ${shape.toFixed(0)}
  read and check (checkPlanObservations):             ${check.toFixed(0)}
  first as-of date (assessPlanChecked):               ${firstDate.toFixed(0)}
  after a write, on the thread (unpacking and all of the above, answer serialised): ${afterWrite.toFixed(0)}
  new as-of date on the kept observations (baseline): ${newDate.toFixed(0)} (the first after a write costs ${(afterWrite / newDate).toFixed(1)}×)`,
);
record([
  {
    name: `api plan assessment: ${count} observations, first as-of date after a write (thread)`,
    value: afterWrite,
    unit: 'ms',
    baseline: newDate,
  },
  {
    name: `api plan assessment: ${count} observations, copy to the work thread`,
    value: copy,
    unit: 'ms',
    // The structured clone of the objects that the packed copy replaced, in the same run.
    baseline: clone,
  },
  {
    name: `api plan assessment: ${count} observations, packing on the server's event loop`,
    value: pack,
    unit: 'ms',
  },
  {
    name: `api plan assessment: ${count} observations, new as-of date on kept observations`,
    value: newDate,
    unit: 'ms',
  },
]);
