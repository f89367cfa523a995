import { describe, expect, it } from 'vitest';
import { fieldOfProblemPath, type ReportDraft, readReportDraft } from './reportDraft.js';

const base: ReportDraft = {
  period: '2024',
  status: 'on_track',
  percent: '',
  narrative: '  已完成年度建设任务。 ',
  evidence: { kind: 'none' },
};

describe('readReportDraft', () => {
  it('reads a plain report, trimming the narrative and leaving out an empty percent', () => {
    expect(readReportDraft(base)).toEqual({
      ok: true,
      report: { period: '2024', status: 'on_track', narrative: '已完成年度建设任务。' },
      evidence: null,
    });
  });

  it('takes 0 and 100 as percents and refuses what lies outside or is not a number', () => {
    expect(readReportDraft({ ...base, percent: '0' })).toMatchObject({
      ok: true,
      report: { percent: 0 },
    });
    expect(readReportDraft({ ...base, percent: '100' })).toMatchObject({
      ok: true,
      report: { percent: 100 },
    });
    for (const percent of ['-1', '100.5', 'abc'])
      expect(readReportDraft({ ...base, percent })).toEqual({
        ok: false,
        errors: { percent: { key: 'percentRange' } },
      });
  });

  it('needs a period and a narrative', () => {
    expect(readReportDraft({ ...base, period: '', narrative: '  ' })).toEqual({
      ok: false,
      errors: { period: { key: 'required' }, narrative: { key: 'required' } },
    });
  });

  it('sends a deliverable with empty fields as null', () => {
    expect(
      readReportDraft({ ...base, deliverable: { done: true, date: '2024-03-01', document: '' } }),
    ).toMatchObject({
      ok: true,
      report: { deliverable: { done: true, date: '2024-03-01', document: null } },
    });
    expect(
      readReportDraft({ ...base, deliverable: { done: false, date: '1 March', document: '' } }),
    ).toMatchObject({ ok: false, errors: { deliverableDate: { key: 'dateInvalid' } } });
  });

  it('sends a file with the media type its extension says, and refuses the wrong kind before sending', async () => {
    const file = new File(['%PDF-1.4'], '方案.pdf', { type: '' });
    const read = readReportDraft({ ...base, evidence: { kind: 'file', file } });
    if (!read.ok || read.evidence?.kind !== 'file') throw new Error('expected a file');
    expect(read.evidence.name).toBe('方案.pdf');
    expect(read.evidence.file.type).toBe('application/pdf');
    expect(await read.evidence.file.text()).toBe('%PDF-1.4');
    const exe = new File(['MZ'], 'setup.exe');
    expect(readReportDraft({ ...base, evidence: { kind: 'file', file: exe } })).toEqual({
      ok: false,
      errors: { file: { key: 'fileType', values: { extension: 'exe' } } },
    });
    expect(readReportDraft({ ...base, evidence: { kind: 'file', file: null } })).toEqual({
      ok: false,
      errors: { file: { key: 'fileMissing' } },
    });
  });

  it('says how large a file over 10 MB is', () => {
    const big = { name: 'scan.png', size: 12 * 1024 * 1024 } as File;
    expect(readReportDraft({ ...base, evidence: { kind: 'file', file: big } })).toEqual({
      ok: false,
      errors: { file: { key: 'fileTooLarge', values: { size: '12.0 MB' } } },
    });
  });

  it('takes an http(s) link with a name, nothing else', () => {
    expect(
      readReportDraft({
        ...base,
        evidence: { kind: 'link', name: '通知', url: 'https://jyj.ordos.gov.cn/a.html' },
      }),
    ).toMatchObject({
      ok: true,
      evidence: { kind: 'link', name: '通知', url: 'https://jyj.ordos.gov.cn/a.html' },
    });
    expect(
      readReportDraft({
        ...base,
        evidence: { kind: 'link', name: '', url: 'javascript:alert(1)' },
      }),
    ).toEqual({
      ok: false,
      errors: { linkName: { key: 'required' }, linkUrl: { key: 'linkInvalid' } },
    });
  });
});

describe('fieldOfProblemPath', () => {
  it('maps the API’s paths to the form’s fields', () => {
    expect(fieldOfProblemPath('narrative')).toBe('narrative');
    expect(fieldOfProblemPath('body.percent')).toBe('percent');
    expect(fieldOfProblemPath('deliverable.date')).toBe('deliverableDate');
    expect(fieldOfProblemPath('status')).toBeUndefined();
  });
});
