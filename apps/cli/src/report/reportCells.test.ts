import { ordosTargets } from '@plan/projects';
import { milestoneStatusLabels } from '@plan/scoring';
import { describe, expect, it } from 'vitest';
import { milestoneEntry, NOT_JUDGED, remarkText, targetValueText } from './reportCells.js';

const target = (id: string) => {
  const found = ordosTargets.find((each) => each.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
};

describe('targetValueText', () => {
  it('writes a target as the plan states it: comparator, the printed number, the unit', () => {
    expect(targetValueText(target('T-C2S3-1'), 'zh')).toBe('≥99%');
    expect(targetValueText(target('T-C2S3-1'), 'en')).toBe('≥99 %');
  });

  it('writes the signs as the plan prints them, ＞ and ＜ full-width', () => {
    expect(targetValueText({ ...target('T-C2S3-1'), comparator: 'gt' }, 'zh')).toBe('＞99%');
    expect(targetValueText({ ...target('T-C2S3-1'), comparator: 'lt' }, 'en')).toBe('＜99 %');
  });

  it('writes a share the plan writes in words as printed, without a sign or % (一半以上)', () => {
    expect(targetValueText(target('T-C2S3-4'), 'zh')).toBe('一半以上');
    expect(targetValueText(target('T-C2S3-4'), 'en')).toBe('一半以上 (≥50 %)');
  });

  it('keeps the unit after a number written in words that is not a share (≥一个)', () => {
    expect(targetValueText(target('T-C3S1-12'), 'zh')).toBe('≥一个');
  });

  it('writes a range from its two ends', () => {
    const range = ordosTargets.find((each) => each.comparator === 'between');
    expect(range && targetValueText(range, 'zh')).toBe(
      `${range?.value}–${range?.upper}${range?.unit.zh}`,
    );
  });
});

describe('milestoneEntry', () => {
  it('is the legend entry of a judged status', () => {
    expect(milestoneEntry('met')).toBe(milestoneStatusLabels.met);
  });

  it('is "not judged" for a milestone without a status, or an unknown one', () => {
    expect(milestoneEntry(null)).toBe(NOT_JUDGED);
    expect(milestoneEntry('unknown')).toBe(NOT_JUDGED);
  });
});

describe('remarkText', () => {
  it('is our Chinese remark where we wrote one, else the English', () => {
    expect(remarkText({ zh: '说明', en: 'note' }, 'zh')).toBe('说明');
    expect(remarkText({ en: 'note' }, 'zh')).toBe('note');
    expect(remarkText({ zh: '说明', en: 'note' }, 'en')).toBe('note');
  });
});
