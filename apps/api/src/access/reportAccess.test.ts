import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { mayReadReport, reportChangeRefusal } from './reportAccess.js';

const unitA = { name: 'a-token', role: 'editor' as const, scope: { unit: 'basic-education' } };
const unitB = { name: 'b-token', role: 'editor' as const, scope: { unit: 'sports-section' } };
const district = { name: 'dongsheng', role: 'editor' as const, scope: { regions: ['dongsheng'] } };
const city = { name: 'city', role: 'editor' as const, scope: { regions: ['ordos'] } };
const bureau = { name: 'editor', role: 'editor' as const, scope: null };
const viewer = { name: 'viewer', role: 'viewer' as const, scope: null };
const admin = { name: 'admin', role: 'admin' as const, scope: null };
const live = { unit: 'basic-education', withdrawn: false };
const withdrawn = { unit: 'basic-education', withdrawn: true };

describe('mayReadReport', () => {
  it('lets anyone read a live report, signed in or not, as the reports’ list does', () => {
    for (const reader of [undefined, unitA, unitB, district, city, bureau, viewer, admin])
      expect(mayReadReport(reader, live)).toBe(true);
  });
  it('keeps a withdrawn report for admins only, its own unit included', () => {
    for (const reader of [undefined, unitA, unitB, district, city, bureau, viewer])
      expect(mayReadReport(reader, withdrawn)).toBe(false);
    expect(mayReadReport(admin, withdrawn)).toBe(true);
  });
});

describe('reportChangeRefusal', () => {
  it('lets a unit change its own unit’s report, and an admin any report', () => {
    expect(reportChangeRefusal(unitA, ordosPlan, live)).toBeUndefined();
    expect(reportChangeRefusal(admin, ordosPlan, live)).toBeUndefined();
    expect(reportChangeRefusal(admin, ordosPlan, { unit: null, withdrawn: false })).toBeUndefined();
  });
  it('refuses another unit, the bureau and a district a unit’s report, naming both units', () => {
    expect(reportChangeRefusal(unitB, ordosPlan, live)).toMatchObject({
      en: expect.stringMatching(/basic-education.*sports-section/),
      zh: expect.stringContaining('sports-section'),
    });
    expect(reportChangeRefusal(bureau, ordosPlan, live)?.en).toMatch(/does not report for it/);
    expect(reportChangeRefusal(district, ordosPlan, live)).toBeDefined();
  });
  it('lets the city bureau change its own reports; refuses units and districts those', () => {
    const bureauReport = { unit: null, withdrawn: false };
    expect(reportChangeRefusal(bureau, ordosPlan, bureauReport)).toBeUndefined();
    expect(reportChangeRefusal(city, ordosPlan, bureauReport)).toBeUndefined();
    expect(reportChangeRefusal(unitA, ordosPlan, bureauReport)?.en).toMatch(/city bureau's/);
    expect(reportChangeRefusal(district, ordosPlan, bureauReport)?.zh).toMatch(/所辖地区/);
  });
});
