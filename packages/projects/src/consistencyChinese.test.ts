import { describe, expect, it } from 'vitest';
import { ordosConsistencyReport } from './consistency.js';

describe('the consistency report in Chinese', () => {
  it('gives every finding a Chinese title and explanation', () => {
    for (const finding of ordosConsistencyReport.findings) {
      expect(finding.title.zh, finding.id).toMatch(/[\u4e00-\u9fff]/);
      expect(finding.explanation.zh, finding.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives every check run a Chinese title and detail too', () => {
    for (const check of ordosConsistencyReport.checks) {
      expect(check.title.zh, check.id).toMatch(/[\u4e00-\u9fff]/);
      expect(check.detail.zh, check.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writes no line numbers, target ids or measure ids into the Chinese: the places stay as data', () => {
    for (const finding of ordosConsistencyReport.findings) {
      const zh = `${finding.title.zh} ${finding.explanation.zh}`;
      expect(zh, finding.id).not.toMatch(/line|第\d+行|\bT-[A-Z0-9-]+|\bP\d{2}-M\d+/);
      for (const reading of finding.readings)
        if (reading.basis === 'printed')
          expect(reading.location.line, finding.id).toBeGreaterThan(0);
    }
  });

  it('says where each target stands as the printed plan does: 专栏, 第…章第…节', () => {
    const balanced = ordosConsistencyReport.findings.find(
      (finding) => finding.id === 'F-indicator-quality-balanced-counties-share',
    );
    expect(balanced?.explanation.zh).toBe(
      '表中2025年的目标值为55.6。第二章第三节所写：≥50，而表中为55.6。专栏9所写：56，而表中为55.6。55.6%即9个旗区中的5个；专栏9写作56%（5个），第二章写作一半以上。',
    );
    const parts = ordosConsistencyReport.findings.find(
      (finding) => finding.id === 'F-indicator-dual-qualified-teachers-share',
    );
    expect(parts?.explanation.zh).toContain('专栏12所写（对照高职）：60，而表中为70。');
  });
});
