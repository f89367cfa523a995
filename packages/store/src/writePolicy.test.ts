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
      expect(observationWriteRefusal(role, { action: 'delete', current: plan })?.detail).toMatch(
        /source "plan"/,
      );
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
    ).toMatchObject({
      status: 403,
      detail: expect.stringMatching(/from illustrative \(demo\) to official is an admin act/),
    });
    expect(
      observationWriteRefusal('editor', { action: 'update', current: official, source: 'demo' }),
    ).toMatchObject({
      status: 403,
      detail: expect.stringMatching(/from official to illustrative/),
    });
    expect(
      observationWriteRefusal('admin', { action: 'update', current: demo, source: 'api' }),
    ).toMatchObject({ status: 400, detail: expect.stringMatching(/needs a reason/) });
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
