// One boundary suite for all five methods: every method meets the same edge
// cases (STYLE.md's list), table-driven, so a new method or a changed rule
// shows up as one row that moved.
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { isAchieved } from './isAchieved.js';
import type { AssessInput, Method } from './schema/assessInput.js';
import { statusLabels } from './statusLabels.js';

type Scenario = Omit<AssessInput, 'method'>;
const yearly = (values: number[], start = 2020) =>
  values.map((value, i) => ({ year: start + i, value }));

const scenarios = {
  'target met at baseline': {
    direction: 'increase',
    series: yearly([100, 100.5, 101, 101.5]),
    target: { year: 2025, value: 100 },
  },
  'baseline equal to the target, then falling away': {
    direction: 'increase',
    series: yearly([100, 99.5, 99, 98.5]),
    target: { year: 2025, value: 100, comparator: 'gte' },
  },
  'asOf before the plan starts': {
    direction: 'increase',
    series: yearly([50, 52, 54, 56]),
    target: { year: 2025, value: 60 },
    asOf: '2019-06-30',
  },
  'asOf after the plan ends, target missed': {
    direction: 'increase',
    series: yearly([50, 52, 54, 56, 57, 58, 58.5]),
    target: { year: 2025, value: 60 },
    asOf: '2027-06-30',
  },
  'decrease is better, moving down': {
    direction: 'decrease',
    series: yearly([58, 57.5, 57, 56.5]),
    target: { year: 2025, value: 56 },
  },
  'decrease is better, moving up': {
    direction: 'decrease',
    series: yearly([58, 58.5, 59, 59.5]),
    target: { year: 2025, value: 56 },
  },
  'missing data (the base only)': {
    direction: 'increase',
    series: yearly([50]),
    target: { year: 2025, value: 60 },
  },
  'a zero base': {
    direction: 'increase',
    series: yearly([0, 1, 2, 3]),
    target: { year: 2025, value: 5 },
  },
  'a zero target, not yet reached': {
    direction: 'decrease',
    series: yearly([10, 8, 6, 5]),
    target: { year: 2025, value: 0 },
  },
  'a zero target, reached': {
    direction: 'decrease',
    series: yearly([10, 6, 2, 0]),
    target: { year: 2025, value: 0 },
  },
  'negative values moving towards the target': {
    direction: 'increase',
    series: yearly([-10, -8, -6, -5]),
    target: { year: 2025, value: 0 },
  },
  'a sign change between base and latest': {
    direction: 'increase',
    series: yearly([-4, -2, 1, 2]),
    target: { year: 2025, value: 5 },
  },
} satisfies Record<string, Scenario>;
type ScenarioName = keyof typeof scenarios;

/** The status each method gives each scenario, and whether it counts the target as met. */
const expected: Record<Method, Record<ScenarioName, [status: string, achieved: boolean]>> = {
  'time-progress': {
    'target met at baseline': ['achieved', true],
    'baseline equal to the target, then falling away': ['regressing', false],
    'asOf before the plan starts': ['no_data', false],
    'asOf after the plan ends, target missed': ['behind', false],
    'decrease is better, moving down': ['ahead', false],
    'decrease is better, moving up': ['regressing', false],
    'missing data (the base only)': ['no_data', false],
    'a zero base': ['on_track', false],
    'a zero target, not yet reached': ['behind', false],
    'a zero target, reached': ['achieved', true],
    'negative values moving towards the target': ['behind', false],
    'a sign change between base and latest': ['ahead', false],
  },
  'open-sdg': {
    'target met at baseline': ['target_achieved', true],
    'baseline equal to the target, then falling away': ['deterioration', false],
    'asOf before the plan starts': ['not_available', false],
    'asOf after the plan ends, target missed': ['moderate_progress', false],
    'decrease is better, moving down': ['substantial_progress', false],
    'decrease is better, moving up': ['deterioration', false],
    'missing data (the base only)': ['not_available', false],
    // sdg-build replaces the zero base by 0.001: growth from almost nothing is fast.
    'a zero base': ['substantial_progress', false],
    'a zero target, not yet reached': ['limited_progress', false],
    'a zero target, reached': ['target_achieved', true],
    // The target 0 becomes 0.001, of the other sign than the base: growth undefined.
    'negative values moving towards the target': ['not_available', false],
    'a sign change between base and latest': ['not_available', false],
  },
  'unsd-2023': {
    'target met at baseline': ['On track or target met', true],
    'baseline equal to the target, then falling away': ['Stagnation or regression', false],
    'asOf before the plan starts': ['Not assessed', false],
    'asOf after the plan ends, target missed': ['Fair progress, but acceleration needed', false],
    'decrease is better, moving down': ['On track or target met', false],
    'decrease is better, moving up': ['Stagnation or regression', false],
    'missing data (the base only)': ['Not assessed', false],
    'a zero base': ['On track or target met', false],
    'a zero target, not yet reached': ['Fair progress, but acceleration needed', false],
    'a zero target, reached': ['On track or target met', true],
    'negative values moving towards the target': ['Fair progress, but acceleration needed', false],
    'a sign change between base and latest': ['Not assessed', false],
  },
  weather: {
    'target met at baseline': ['sun', true],
    'baseline equal to the target, then falling away': ['thunderstorm', false],
    'asOf before the plan starts': ['not_calculable', false],
    'asOf after the plan ends, target missed': ['cloudy', false],
    'decrease is better, moving down': ['sun', false],
    'decrease is better, moving up': ['thunderstorm', false],
    'missing data (the base only)': ['not_calculable', false],
    'a zero base': ['sun', false],
    'a zero target, not yet reached': ['cloudy', false],
    'a zero target, reached': ['sun', true],
    'negative values moving towards the target': ['cloudy', false],
    'a sign change between base and latest': ['sun', false],
  },
  sdsn: {
    'target met at baseline': ['on_track', true],
    'baseline equal to the target, then falling away': ['decreasing', false],
    'asOf before the plan starts': ['trend_unavailable', false],
    'asOf after the plan ends, target missed': ['moderately_improving', false],
    'decrease is better, moving down': ['on_track', false],
    'decrease is better, moving up': ['decreasing', false],
    'missing data (the base only)': ['trend_unavailable', false],
    'a zero base': ['on_track', false],
    'a zero target, not yet reached': ['moderately_improving', false],
    'a zero target, reached': ['on_track', true],
    'negative values moving towards the target': ['moderately_improving', false],
    'a sign change between base and latest': ['on_track', false],
  },
};

const methods = Object.keys(expected) as Method[];
const rows = Object.entries(scenarios) as [ScenarioName, Scenario][];

describe.each(methods)('%s at the boundaries', (method) => {
  it.each(rows)('%s', (name, scenario) => {
    const result = assess({ ...scenario, method });
    const [status, achieved] = expected[method][name];
    expect(result.status).toBe(status);
    expect(isAchieved(result)).toBe(achieved);
    // Every status is one the method names, with words in both languages.
    expect(Object.keys(statusLabels[method])).toContain(result.status);
    expect(result.explanation.zh.length).toBeGreaterThan(0);
    expect(result.explanation.en.length).toBeGreaterThan(0);
    // Plain JSON: no NaN or Infinity anywhere, so it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('does not change its input', () => {
    const scenario = scenarios['decrease is better, moving down'];
    const copy = structuredClone(scenario);
    assess({ ...scenario, method });
    expect(scenario).toEqual(copy);
  });

  it('refuses a target at or before the base', () => {
    expect(() =>
      assess({
        method,
        direction: 'increase',
        series: yearly([50, 55]),
        target: { year: 2020, value: 60 },
      }),
    ).toThrow(/the target must come after the base/);
  });
});
