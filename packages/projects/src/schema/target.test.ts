import { describe, expect, it } from 'vitest';
import { Target } from './target.js';

const valid = {
  id: 'T-C3S4-7',
  kind: 'cumulative',
  metric: { zh: '新建改建健身步道', en: 'Fitness trails built or rebuilt' },
  text: '在全市新建改建健身步道120公里',
  comparator: 'eq',
  value: 120,
  printedValue: '120',
  unit: { zh: '公里', en: 'km' },
  deadline: { year: 2025, inferred: true },
  location: { chapter: 3, section: 4, subsection: 1, line: 828 },
  aspirational: false,
};

const messages = (input: unknown) => {
  const result = Target.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('Target', () => {
  it('accepts a target as @plan/scoring reads it', () => {
    expect(Target.parse(valid)).toEqual(valid);
  });

  it('needs `per` and `change` on a pace, and `per` on a per-unit target', () => {
    expect(messages({ ...valid, kind: 'pace' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^per: /), expect.stringMatching(/^change: /)]),
    );
    expect(messages({ ...valid, kind: 'per-unit' })).toContainEqual(
      expect.stringMatching(/^per: /),
    );
  });

  it('refuses a kind it does not know', () => {
    expect(messages({ ...valid, kind: 'milestone' })).toContainEqual(
      expect.stringMatching(/^kind: /),
    );
  });

  it('refuses an id that names no place', () => {
    expect(messages({ ...valid, id: 'target-7' })).toContainEqual(
      expect.stringMatching(/^id: expected a target id such as "T-P13-M2-1"/),
    );
  });

  it('refuses a location without a chapter', () => {
    expect(messages({ ...valid, location: { line: 828 } })).toContainEqual(
      expect.stringMatching(/^location\.chapter: /),
    );
  });

  it('refuses a deadline date outside its year', () => {
    expect(
      messages({ ...valid, deadline: { year: 2025, date: '2024-12-31', inferred: false } }),
    ).toContainEqual('deadline.date: deadline.date must fall within deadline.year');
  });

  it('refuses an indicator part without the indicator', () => {
    expect(messages({ ...valid, indicatorPart: 'higher' })).toContainEqual(
      'indicatorId: T-C3S4-7: indicatorPart and indicatorScale need an indicatorId',
    );
  });
});
