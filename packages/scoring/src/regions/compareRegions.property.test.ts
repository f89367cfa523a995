import { ordosPlan } from '@plan/indicators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRegions } from './compareRegions.js';

const districts = ordosPlan.regions
  .filter((region) => region.parent === ordosPlan.subjectRegion)
  .map((r) => r.id);
const indicators = [
  'student-myopia-rate',
  'student-fitness-pass-rate',
  'preschool-enrolment-rate',
] as const;

/** Random percentages of three indicators for some districts and years (hand-made, not Ordos figures). */
const observationsArb = fc
  .uniqueArray(
    fc.record({
      indicatorId: fc.constantFrom(...indicators),
      region: fc.constantFrom(...districts),
      year: fc.integer({ min: 2020, max: 2024 }),
      value: fc.double({ min: 0, max: 100, noNaN: true }),
    }),
    { selector: (o) => `${o.indicatorId}|${o.region}|${o.year}`, maxLength: 40 },
  )
  .map((list) => list.map((o) => ({ ...o, value: Math.round(o.value * 10) / 10 })));

const RUNS = { numRuns: 10 };
// Each run compares all nine 旗区 on all 61 indicators: a few hundred milliseconds on a busy machine.
const SLOW = { timeout: 60_000 };

describe('compareRegions (properties)', SLOW, () => {
  it('never ranks a district below the coverage floor, scores within 0–100, ranks in score order', () => {
    fc.assert(
      fc.property(
        observationsArb,
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (observations, floor) => {
          const { ranking } = compareRegions(ordosPlan, observations, {
            asOf: '2025-03-31',
            method: 'time-progress',
            coverageFloor: floor,
          });
          const reporting = new Set(observations.map((o) => o.region));
          let lastScore = Number.POSITIVE_INFINITY;
          let lastRank = 0;
          for (const row of ranking.rows) {
            if (!reporting.has(row.region))
              expect(row).toMatchObject({ rank: null, score: null, judged: 0 });
            if (row.rank === null) {
              expect(row.unranked).not.toBeNull();
              continue;
            }
            expect(row.coverage).toBeGreaterThanOrEqual(floor - 1e-4);
            expect(row.score).toBeGreaterThanOrEqual(0);
            expect(row.score).toBeLessThanOrEqual(100);
            expect(row.score as number).toBeLessThanOrEqual(lastScore);
            expect(row.rank).toBeGreaterThanOrEqual(lastRank);
            lastScore = row.score as number;
            lastRank = row.rank;
          }
        },
      ),
      RUNS,
    );
  });

  it('does not depend on the order the observations come in', () => {
    fc.assert(
      fc.property(observationsArb, (observations) => {
        const options = {
          asOf: '2024-06-30',
          method: 'open-sdg' as const,
          previousAsOf: '2022-06-30',
        };
        expect(compareRegions(ordosPlan, [...observations].reverse(), options)).toEqual(
          compareRegions(ordosPlan, observations, options),
        );
      }),
      RUNS,
    );
  });

  it('counts a year as reported exactly when the district has a value of that year', () => {
    fc.assert(
      fc.property(observationsArb, (observations) => {
        const { completeness } = compareRegions(ordosPlan, observations, {
          asOf: '2025-03-31',
          method: 'weather',
        });
        for (const row of completeness.rows) {
          for (const entry of row.byYear) {
            const reported = new Set(
              observations
                .filter((o) => o.region === row.region && o.year === entry.year)
                .map((o) => o.indicatorId),
            );
            expect(entry.reported).toBe(reported.size);
          }
        }
      }),
      RUNS,
    );
  });
});
