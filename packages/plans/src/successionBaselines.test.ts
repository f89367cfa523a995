import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parsePlan.js';
import { carriedObservations, successionBaselines } from './successionBaselines.js';
import { fixturePlanFile } from './testing/fixturePlanFile.js';

/**
 * The fixture plan (invented figures) as if it followed the Ordos plan for the same
 * region: its subject region renamed to `ordos` and its myopia baseline left blank
 * (`—`), as a successor plan that prints no baseline would.
 */
function successorOfOrdos() {
  const text = JSON.stringify(fixturePlanFile)
    .replaceAll('"fixture-city"', `"${ordosPlan.subjectRegion}"`)
    .replace('"baseline":"54.0"', '"baseline":"—"');
  return parsePlan(JSON.parse(text));
}

const year = (indicatorId: string, date: string, extra: Partial<Observed> = {}): Observed => ({
  id: `${indicatorId}@${date}`,
  indicatorId,
  region: ordosPlan.subjectRegion,
  date,
  illustrative: false,
  value: 50,
  ...extra,
});
type Observed = {
  id: string;
  indicatorId: string;
  region: string;
  date: string;
  illustrative: boolean;
  value: number;
};

describe('successionBaselines', () => {
  const successor = successorOfOrdos();
  const succession = successor.succession;
  if (!succession) throw new Error('the fixture plan names a predecessor');

  it("carries the predecessor's last official value within its period where the successor prints no baseline", () => {
    const observations = [
      year('student-myopia-rate', '2020-12-31', { value: 60 }),
      year('student-myopia-rate', '2024-12-31', { value: 56.1 }),
      year('student-myopia-rate', '2025-12-31', { value: 55.4 }),
      // After the predecessor's end, another region, another indicator: none of them is its final value.
      year('student-myopia-rate', '2026-12-31', { value: 54 }),
      year('student-myopia-rate', '2025-12-31', { region: 'dongsheng', value: 40 }),
      year('compulsory-education-retention-rate', '2025-12-31'),
    ];
    const { carried, outcomes } = successionBaselines(
      successor.plan,
      succession,
      ordosPlan,
      observations,
    );
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({
      indicatorId: 'fixture-myopia-rate',
      region: ordosPlan.subjectRegion,
      from: { id: 'student-myopia-rate@2025-12-31', value: 55.4, date: '2025-12-31' },
    });
    expect(carried[0]?.note.zh).toContain(ordosPlan.title.zh);
    expect(carried[0]?.note.en).toContain('2025-12-31');
    expect(outcomes.find((o) => o.link.to === 'fixture-myopia-rate')).toEqual(
      expect.objectContaining({ outcome: 'carried', date: '2025-12-31' }),
    );
  });

  it('never carries an illustrative value: the latest official one is taken, even if older', () => {
    const { carried } = successionBaselines(successor.plan, succession, ordosPlan, [
      year('student-myopia-rate', '2024-12-31', { value: 56.1 }),
      year('student-myopia-rate', '2025-12-31', { value: 10, illustrative: true }),
    ]);
    expect(carried.map((entry) => entry.from.value)).toEqual([56.1]);
  });

  it('lets a printed baseline win and says which final value it stands beside', () => {
    const { carried, outcomes } = successionBaselines(successor.plan, succession, ordosPlan, [
      year('preschool-enrolment-rate', '2025-12-31', { value: 93 }),
    ]);
    expect(carried.some((entry) => entry.indicatorId === 'fixture-preschool-enrolment-rate')).toBe(
      false,
    );
    expect(outcomes.find((o) => o.link.to === 'fixture-preschool-enrolment-rate')).toEqual(
      expect.objectContaining({ outcome: 'printed', finalDate: '2025-12-31' }),
    );
  });

  it("does not take the predecessor's own base-year value for a final one", () => {
    const { carried, outcomes } = successionBaselines(successor.plan, succession, ordosPlan, [
      year('student-myopia-rate', '2020-12-31', { value: 60 }),
    ]);
    expect(carried).toEqual([]);
    expect(outcomes.find((o) => o.link.to === 'fixture-myopia-rate')).toEqual(
      expect.objectContaining({ outcome: 'no-final-value', latestDate: '2020-12-31' }),
    );
  });

  it('carries nothing between plans for different regions or kinds of quantity', () => {
    const elsewhere = parsePlan(fixturePlanFile);
    const otherRegion = successionBaselines(elsewhere.plan, succession, ordosPlan, [
      year('student-myopia-rate', '2025-12-31'),
    ]);
    expect(otherRegion.carried).toEqual([]);
    expect(otherRegion.outcomes.every((o) => o.outcome === 'not-comparable')).toBe(true);

    const percentToCount = successionBaselines(
      successor.plan,
      {
        predecessor: ordosPlan.id,
        links: [{ from: 'student-myopia-rate', to: 'fixture-new-school-places' }],
      },
      ordosPlan,
      [year('student-myopia-rate', '2025-12-31')],
    );
    expect(percentToCount.carried).toEqual([]);
    expect(percentToCount.outcomes[0]).toEqual(
      expect.objectContaining({
        outcome: 'not-comparable',
        reason: expect.stringContaining('percent, then count'),
      }),
    );
  });

  it('refuses a predecessor the succession does not name', () => {
    expect(() => successionBaselines(ordosPlan, succession, successor.plan, [])).toThrow(
      /names "ordos-education-sports-2021-2025" as the predecessor/,
    );
  });
});

describe('carriedObservations', () => {
  const successor = successorOfOrdos();
  const succession = successor.succession;
  if (!succession) throw new Error('the fixture plan names a predecessor');
  const recorded = [
    {
      ...year('student-myopia-rate', '2025-12-31', { value: 55.4 }),
      source: 'bulletin',
      note: null,
    },
  ];
  const { carried } = successionBaselines(successor.plan, succession, ordosPlan, recorded);

  it("gives the successor's indicator and region, the predecessor's date and value, and a note naming both", () => {
    const [row] = carriedObservations(carried, ordosPlan.id, []);
    expect(row).toMatchObject({
      indicatorId: 'fixture-myopia-rate',
      date: '2025-12-31',
      value: 55.4,
      source: 'predecessor-plan',
      id: `predecessor-plan:${ordosPlan.id}:student-myopia-rate@2025-12-31`,
    });
    expect(row?.note).toMatch(/原来源：bulletin.*source there: bulletin/);
  });

  it("lets the successor's own value for the same indicator, region and date win", () => {
    const own = [{ ...year('fixture-myopia-rate', '2025-12-31') }];
    expect(carriedObservations(carried, ordosPlan.id, own)).toEqual([]);
    const otherDate = [{ ...year('fixture-myopia-rate', '2026-12-31') }];
    expect(carriedObservations(carried, ordosPlan.id, otherDate)).toHaveLength(1);
  });
});
