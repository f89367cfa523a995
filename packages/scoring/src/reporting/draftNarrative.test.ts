import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoringInputError } from '../scoringInputError.js';
import { draftNarrative } from './draftNarrative.js';
import { narrativeSections } from './reportKinds.js';

const name = (zh: string, en: string) => ({ zh, en });
const preschool = name('学前三年毛入园率', 'Preschool gross enrolment ratio');
const highSchool = name('高中阶段毛入学率', 'Upper secondary gross enrolment ratio');
const stadiums = name('人均体育场地面积', 'Sports ground area per person');
const coaches = name('社会体育指导员', 'Social sports instructors');

describe('draftNarrative', () => {
  const draft = draftNarrative({
    kind: 'final',
    asOf: '2025-12-31',
    method: 'time-progress',
    indicators: [
      { name: preschool, status: 'achieved', completion: 5 },
      { name: highSchool, status: 'on_track', completion: 0.85 },
      { name: stadiums, status: 'behind', completion: 0.4 },
      { name: coaches, status: 'no_data', completion: null },
    ],
    tracking: [
      { name: name('新建幼儿园', 'New kindergartens'), status: 'done' },
      { name: name('体育公园建设', 'Sports parks'), status: 'overdue' },
    ],
  });

  it('writes the three sections in both languages', () => {
    for (const section of narrativeSections) {
      expect(draft[section].zh.length).toBeGreaterThan(0);
      expect(draft[section].en.length).toBeGreaterThan(0);
    }
  });

  it('counts the indicators by status as of the day', () => {
    expect(draft.achievements.zh).toContain(
      '截至2025年12月31日，本次总结评估共评估4项指标：已实现目标1项，进展符合或快于预期1项，进展滞后或需加快1项，无法评估1项。',
    );
    expect(draft.achievements.en).toContain(
      'As of 2025-12-31, this final evaluation judged 4 indicators',
    );
  });

  it('caps completion above 100% as 超额完成 and never prints the uncapped figure', () => {
    expect(draft.achievements.zh).toContain('学前三年毛入园率（超额完成）');
    expect(draft.achievements.en).toContain('Preschool gross enrolment ratio (exceeded)');
    expect(draft.achievements.zh).not.toContain('500');
    expect(draft.achievements.zh).toContain('高中阶段毛入学率（完成进度85%）');
  });

  it('names what lags with its status label and completion, and what cannot be judged', () => {
    expect(draft.problems.zh).toContain(
      '进展滞后或需加快的指标1项：人均体育场地面积（滞后，完成进度40%）。',
    );
    expect(draft.problems.zh).toContain('无法评估的指标1项：社会体育指导员（无数据）。');
    expect(draft.problems.zh).toContain('逾期未完成的任务1项：体育公园建设。');
    expect(draft.problems.en).toContain(
      'Sports ground area per person (Behind schedule, completion 40%)',
    );
  });

  it('derives next steps from the figures and asks the author for the measures', () => {
    expect(draft.next_steps.zh).toContain('加快推进进展滞后的1项指标：人均体育场地面积。');
    expect(draft.next_steps.zh).toContain('补充1项无法评估指标的监测数据。');
    expect(draft.next_steps.zh).toContain('督办逾期未完成的1项任务和存在风险的0项任务。');
    expect(draft.next_steps.zh).toMatch(/〔请补充具体措施、责任单位和完成时限。〕$/);
  });

  it('lists the furthest behind first and at most ten names, then the count', () => {
    const indicators = Array.from({ length: 12 }, (_, i) => ({
      name: name(
        `指标${String.fromCharCode(0x4e00 + i)}`,
        `Indicator ${String.fromCharCode(65 + i)}`,
      ),
      status: 'behind',
      completion: (12 - i) / 100,
    }));
    const { problems } = draftNarrative({ kind: 'annual', asOf: '2024-12-31', indicators });
    expect(
      problems.en.startsWith('12 indicators are behind or need to speed up: Indicator L ('),
    ).toBe(true);
    expect(problems.zh).toContain('等12项。');
    expect(problems.en).toContain('; and 2 more.');
  });

  it('says so when there are no indicators and nothing lags', () => {
    const empty = draftNarrative({ kind: 'annual', asOf: '2024-12-31', indicators: [] });
    expect(empty.achievements.zh).toBe('截至2024年12月31日，本次年度监测未纳入指标。');
    expect(empty.problems.zh).toBe('按现有数据，未发现进展滞后、无法评估或逾期的指标和任务。');
  });

  it('reads the statuses of every method and of tracking', () => {
    const { achievements, problems } = draftNarrative({
      kind: 'midterm',
      asOf: '2023-12-31',
      indicators: [
        { name: preschool, status: 'target_achieved', completion: null },
        { name: highSchool, status: 'sun', completion: null },
        { name: stadiums, status: 'Stagnation or regression', completion: null },
        { name: coaches, status: 'at_risk', completion: null },
      ],
    });
    expect(achievements.zh).toContain('已实现目标1项，进展符合或快于预期1项，进展滞后或需加快2项');
    expect(problems.zh).toContain('人均体育场地面积（停滞或倒退）');
    expect(problems.zh).toContain('社会体育指导员（存在风险）');
  });

  it('throws a ScoringInputError naming every bad field', () => {
    const bad = () =>
      draftNarrative({
        kind: 'weekly' as 'final',
        asOf: '2025-13-01',
        indicators: [{ name: preschool, status: 'great', completion: Number.NaN }],
      });
    expect(bad).toThrow(ScoringInputError);
    expect(bad).toThrow(/kind/);
    expect(bad).toThrow(/asOf: expected a calendar day/);
    expect(bad).toThrow(/indicators\[0\]\.status: expected a status/);
    expect(bad).toThrow(/indicators\[0\]\.completion/);
  });

  it('never writes a number that is not a count, a completion or a part of the day (property)', () => {
    const statuses = ['achieved', 'ahead', 'on_track', 'behind', 'regressing', 'no_data'];
    const tracking = ['done', 'on_track', 'at_risk', 'overdue', 'not_reported'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            completion: fc.option(fc.double({ min: -2, max: 6, noNaN: true }), { nil: null }),
          }),
          { maxLength: 25 },
        ),
        fc.array(fc.constantFrom(...tracking), { maxLength: 8 }),
        (rows, tasks) => {
          const draft = draftNarrative({
            kind: 'annual',
            asOf: '2024-12-31',
            indicators: rows.map((row, i) => ({
              name: name(`指标${i}号`, `Indicator no. ${i}`),
              ...row,
            })),
            tracking: tasks.map((status, i) => ({
              name: name(`任务${i}号`, `Task no. ${i}`),
              status,
            })),
          });
          const allowed = new Set<number>([2024, 12, 31, 10, 100, rows.length, tasks.length]);
          rows.forEach((row, i) => {
            allowed.add(i);
            if (row.completion !== null) allowed.add(Math.abs(Math.round(row.completion * 100)));
          });
          for (let i = 0; i < tasks.length; i++) allowed.add(i);
          const counts = (xs: readonly string[]) =>
            [...new Set(xs)].map((s) => xs.filter((x) => x === s).length);
          for (const n of counts(rows.map((r) => r.status))) allowed.add(n);
          for (const n of counts([...tasks])) allowed.add(n);
          const groups = [
            ['achieved'],
            ['ahead', 'on_track'],
            ['behind', 'regressing'],
            ['no_data'],
          ];
          for (const g of groups) allowed.add(rows.filter((r) => g.includes(r.status)).length);
          for (let more = 0; more <= rows.length; more++) allowed.add(more);
          allowed.add(0);
          for (const section of narrativeSections) {
            for (const text of [draft[section].zh, draft[section].en]) {
              for (const figure of text.match(/\d+/g) ?? [])
                expect(allowed).toContain(Number(figure));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
