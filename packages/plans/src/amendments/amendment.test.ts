import { describe, expect, it } from 'vitest';
import {
  inventedDocument,
  raiseMyopiaTarget,
  redefineFitness,
} from './_test/inventedAmendments.js';
import { Amendment } from './amendment.js';

describe('Amendment', () => {
  it('accepts a target amended with a date, a reason and the deciding document', () => {
    expect(Amendment.parse(raiseMyopiaTarget)).toEqual(raiseMyopiaTarget);
  });

  it('accepts a definition with a new name', () => {
    expect(Amendment.parse(redefineFitness).kind).toBe('definition');
  });

  it('refuses a date that is not on the calendar', () => {
    const result = Amendment.safeParse({ ...raiseMyopiaTarget, effectiveDate: '2023-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['effectiveDate']);
  });

  it('refuses an amendment without the document that decided it', () => {
    const { decidedBy: _, ...undecided } = raiseMyopiaTarget;
    expect(Amendment.safeParse(undecided).success).toBe(false);
  });

  it('refuses a value on a definition and a definition on a target', () => {
    expect(Amendment.safeParse({ ...redefineFitness, value: '90' }).success).toBe(false);
    expect(
      Amendment.safeParse({ ...raiseMyopiaTarget, definition: redefineFitness.definition }).success,
    ).toBe(false);
  });

  it('keeps the document’s number and date', () => {
    expect(Amendment.parse(raiseMyopiaTarget).decidedBy).toEqual(inventedDocument);
  });
});
