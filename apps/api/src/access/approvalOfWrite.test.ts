import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { approvalOfCorrection, approvalOfWrite } from './approvalOfWrite.js';

const district = { name: 'dongsheng', role: 'editor' as const, scope: { regions: ['dongsheng'] } };
const city = { name: 'city', role: 'editor' as const, scope: { regions: ['ordos'] } };
const unscoped = { name: 'editor', role: 'editor' as const, scope: null };

describe('approvalOfWrite', () => {
  it('submits a district token’s figure for approval', () => {
    expect(approvalOfWrite(district, ordosPlan)).toBe('submitted');
  });
  it('records the city’s and unscoped tokens’ figures as approved, as before', () => {
    expect(approvalOfWrite(city, ordosPlan)).toBe('approved');
    expect(approvalOfWrite(unscoped, ordosPlan)).toBe('approved');
  });
});

describe('approvalOfCorrection', () => {
  it('keeps the approval when the city corrects a figure', () => {
    expect(approvalOfCorrection(city, ordosPlan, 'approved')).toEqual({});
    expect(approvalOfCorrection(unscoped, ordosPlan, 'returned')).toEqual({});
  });
  it('refuses a district a change to an approved figure', () => {
    expect(approvalOfCorrection(district, ordosPlan, 'approved')).toMatchObject({
      refused: expect.stringMatching(/locked/),
    });
  });
  it('resubmits a returned or submitted figure the district corrects', () => {
    expect(approvalOfCorrection(district, ordosPlan, 'returned')).toEqual({
      approval: 'submitted',
    });
    expect(approvalOfCorrection(district, ordosPlan, 'submitted')).toEqual({
      approval: 'submitted',
    });
  });
});
