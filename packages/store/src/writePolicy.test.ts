import type { Observation } from '@plan/observations';
import { describe, expect, it } from 'vitest';
import { observationWriteRefusal } from './writePolicy.js';

const official: Observation = {
  id: 'a',
  indicatorId: 'student-myopia-rate',
  targetId: null,
  region: 'ordos',
  year: 2022,
  date: '2022-12-31',
  period: 'year',
  value: 57,
  source: 'api',
  illustrative: false,
  note: null,
  createdReason: null,
  version: 1,
  createdAt: '2023-01-01T00:00:00Z',
  createdBy: 'x',
  updatedAt: '2023-01-01T00:00:00Z',
  updatedBy: 'x',
  approval: 'approved',
  approvalReason: null,
  reviewedBy: null,
  reviewedAt: null,
};
const demo = { ...official, source: 'demo', illustrative: true };
const plan = { ...official, source: 'plan' };

describe('observationWriteRefusal', () => {
  it('lets an editor record, correct and delete official figures', () => {
    expect(observationWriteRefusal('editor', { action: 'create', source: 'api' })).toBeUndefined();
    expect(observationWriteRefusal('editor', { action: 'create', source: 'demo' })).toBeUndefined();
    expect(
      observationWriteRefusal('editor', {
        action: 'update',
        current: official,
        source: 'bulletin',
      }),
    ).toBeUndefined();
    expect(
      observationWriteRefusal('editor', { action: 'delete', current: official }),
    ).toBeUndefined();
  });

  it("keeps the plan's own rows out of reach of every role, the admin too", () => {
    for (const role of ['editor', 'admin'] as const) {
      expect(observationWriteRefusal(role, { action: 'update', current: plan })?.status).toBe(403);
      expect(observationWriteRefusal(role, { action: 'delete', current: plan })?.detail).toEqual({
        zh: expect.stringMatching(/^规划文本中的数据（来源“plan”/),
        en: expect.stringMatching(/source "plan"/),
      });
      expect(observationWriteRefusal(role, { action: 'create', source: 'plan' })?.status).toBe(403);
      expect(
        observationWriteRefusal(role, { action: 'update', current: official, source: 'plan' })
          ?.status,
      ).toBe(403);
    }
  });

  it('leaves moving a figure between demo and official to an admin, with a reason', () => {
    expect(
      observationWriteRefusal('editor', { action: 'update', current: demo, source: 'api' }),
    ).toEqual({
      status: 403,
      detail: {
        zh: '把数据从示例数据改为正式数据须由管理员操作；编辑者令牌可以更正数值或备注，或以自己的来源录入正式数据。',
        en: 'Moving a figure from illustrative (demo) to official is an admin act; a editor token may correct its value or note, or record an official figure under its own source.',
      },
    });
    expect(
      observationWriteRefusal('editor', { action: 'update', current: official, source: 'demo' }),
    ).toMatchObject({
      status: 403,
      detail: {
        zh: expect.stringMatching(/^把数据从正式数据改为示例数据须由管理员操作/),
        en: expect.stringMatching(/from official to illustrative/),
      },
    });
    expect(
      observationWriteRefusal('admin', { action: 'update', current: demo, source: 'api' }),
    ).toEqual({
      status: 400,
      detail: {
        zh: '把数据从示例数据改为正式数据须说明理由，理由会记入历史。',
        en: 'Moving a figure from illustrative (demo) to official needs a reason; it is kept in the history.',
      },
    });
    expect(
      observationWriteRefusal('admin', {
        action: 'update',
        current: demo,
        source: 'statistics-bureau',
        reason: 'confirmed by the 2022 bulletin',
      }),
    ).toBeUndefined();
  });

  it('lets an editor correct the value of a demo figure while it stays demo', () => {
    expect(observationWriteRefusal('editor', { action: 'update', current: demo })).toBeUndefined();
  });
});
