import { ordosProjects, ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import type { PlanTracking } from '../tracking/planTracking.types.js';
import { TEST_UNITS, testTracking } from '../tracking/testTracking.js';
import { remindList } from './remindList.js';
import { remindText } from './remindText.js';

const plan = { projects: ordosProjects, targets: ordosTargets };

describe('remindList', () => {
  const tracking = testTracking();
  const groups = remindList(tracking, plan, TEST_UNITS, { lang: 'zh' });

  it('lists each unit’s supervised items under the unit, as lead or cooperating, the unassigned last', () => {
    expect(groups.map((group) => group.unitId)).toEqual(['edu-bureau', 'finance', null]);
    const [lead, cooperating, unassigned] = groups;
    expect(lead?.items.every((item) => item.role === 'lead')).toBe(true);
    expect(cooperating?.items.map((item) => item.id)).toEqual(lead?.items.map((item) => item.id));
    expect(cooperating?.items.every((item) => item.role === 'cooperating')).toBe(true);
    expect(unassigned?.unit).toBeNull();
    const listed = new Set(
      [...(lead?.items ?? []), ...(unassigned?.items ?? [])].map((item) => item.id),
    );
    for (const item of tracking.supervision) expect(listed.has(item.id)).toBe(true);
  });

  it('puts the worst first: overdue before at risk', () => {
    const reasons = groups[2]?.items.map((item) => item.reasons[0]) ?? [];
    expect(reasons.indexOf('at_risk')).toBeGreaterThan(reasons.lastIndexOf('overdue'));
  });

  it('adds a target not yet done whose deadline comes within 90 days', () => {
    const soon: PlanTracking = {
      ...tracking,
      supervision: [],
      targets: tracking.targets.slice(0, 2).map((target, index) => ({
        ...target,
        status: index === 0 ? 'on_track' : 'done',
        daysToDeadline: 30,
      })),
    };
    const [group] = remindList(soon, plan, TEST_UNITS, { lang: 'zh' });
    expect(group?.items).toHaveLength(1);
    expect(group?.items[0]?.reasons).toEqual(['due_soon']);
  });

  it('gives one unit’s items with onlyUnit, and nothing for a unit with none', () => {
    expect(
      remindList(tracking, plan, TEST_UNITS, { lang: 'zh', onlyUnit: 'finance' }).map(
        (group) => group.unitId,
      ),
    ).toEqual(['finance']);
    expect(remindList(tracking, plan, TEST_UNITS, { lang: 'zh', onlyUnit: 'nobody' })).toEqual([]);
  });
});

describe('remindText', () => {
  const tracking = testTracking();
  const text = remindText(remindList(tracking, plan, TEST_UNITS, { lang: 'zh' }), {
    asOf: '2023-12-31',
    cycle: 'year',
    lang: 'zh',
  });

  it('names each unit, then 未指定 with the line that the bureau has not assigned them', () => {
    expect(text).toContain('督办提醒 · 截至 2023-12-31 · 报送周期：年度');
    expect(text).toMatch(/^市教育体育局 \(edu-bureau\) — \d+项$/m);
    expect(text).toMatch(/^未指定 — \d+项\n {2}以下事项尚未指定牵头单位/m);
    expect(text).toMatch(/^ {2}逾期未完成（\d+）$/m);
    expect(text).toMatch(/ {4}\S+ {2}牵头 · 专栏1 · /);
  });

  it('says so when nothing is due', () => {
    expect(remindText([], { asOf: '2023-12-31', cycle: 'quarter', lang: 'en' })).toContain(
      'Nothing is overdue, at risk, late in reporting or due soon.',
    );
  });
});
