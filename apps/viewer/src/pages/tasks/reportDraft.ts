import type { EvidenceInput, MeasureReportInput, ReportedStatus } from '../../api/tracking.js';
import { checkEvidenceFile, type EvidenceProblem } from './evidenceFile.js';
import type { TasksWordKey } from './tasksWords.js';

/** What the report form holds, as typed. */
export type ReportDraft = {
  period: string;
  status: ReportedStatus;
  percent: string;
  narrative: string;
  /** Only for a measure without targets (出台《…》, 制定…方案): done or not, when, which document */
  deliverable?: { done: boolean; date: string; document: string } | undefined;
  evidence:
    | { kind: 'none' }
    | { kind: 'file'; file: File | null }
    | { kind: 'link'; name: string; url: string };
};

/** A message of the page's own words, with its values. */
export type DraftMessage = { key: TasksWordKey; values?: Record<string, string | number> };

export type DraftErrors = Partial<
  Record<
    'period' | 'percent' | 'narrative' | 'deliverableDate' | 'file' | 'linkName' | 'linkUrl',
    DraftMessage
  >
>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fileMessage(problem: EvidenceProblem): DraftMessage {
  if (problem.kind === 'empty') return { key: 'fileEmpty' };
  if (problem.kind === 'tooLarge')
    return { key: 'fileTooLarge', values: { size: sizeText(problem.size) } };
  return problem.extension
    ? { key: 'fileType', values: { extension: problem.extension } }
    : { key: 'fileTypeNone' };
}

/**
 * The report and its evidence as the API takes them, or every field's problem: checked
 * before anything is sent (the API checks again, and its problems are shown as it says them).
 */
export function readReportDraft(
  draft: ReportDraft,
):
  | { ok: true; report: MeasureReportInput; evidence: EvidenceInput | null }
  | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (draft.period === '') errors.period = { key: 'required' };
  const percentText = draft.percent.trim();
  const percent = percentText === '' ? null : Number(percentText);
  if (percent !== null && (!Number.isFinite(percent) || percent < 0 || percent > 100))
    errors.percent = { key: 'percentRange' };
  const narrative = draft.narrative.trim();
  if (narrative === '') errors.narrative = { key: 'required' };
  const deliverable = draft.deliverable;
  if (deliverable && deliverable.date !== '' && !ISO_DAY.test(deliverable.date))
    errors.deliverableDate = { key: 'dateInvalid' };
  let evidence: EvidenceInput | null = null;
  if (draft.evidence.kind === 'file') {
    const { file } = draft.evidence;
    if (!file) errors.file = { key: 'fileMissing' };
    else {
      const checked = checkEvidenceFile(file);
      if (!checked.ok) errors.file = fileMessage(checked.problem);
      // The type the name says: the server sniffs the bytes and refuses a mismatch.
      else
        evidence = {
          kind: 'file',
          name: file.name,
          file: new Blob([file], { type: checked.mediaType }),
        };
    }
  } else if (draft.evidence.kind === 'link') {
    const name = draft.evidence.name.trim();
    const url = draft.evidence.url.trim();
    if (name === '') errors.linkName = { key: 'required' };
    if (!/^https?:\/\/[^\s/]+/i.test(url)) errors.linkUrl = { key: 'linkInvalid' };
    evidence = { kind: 'link', name, url };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const report: MeasureReportInput = {
    period: draft.period,
    status: draft.status,
    narrative,
    ...(percent === null ? {} : { percent }),
    ...(deliverable
      ? {
          deliverable: {
            done: deliverable.done,
            date: deliverable.date === '' ? null : deliverable.date,
            document: deliverable.document.trim() === '' ? null : deliverable.document.trim(),
          },
        }
      : {}),
  };
  return { ok: true, report, evidence };
}

/** Which form field an API problem's path names (`narrative`, `deliverable.date`, …). */
export function fieldOfProblemPath(path: string): keyof DraftErrors | undefined {
  const head = path.replace(/^body\./, '');
  if (head === 'period' || head === 'percent' || head === 'narrative') return head;
  if (head.startsWith('deliverable')) return 'deliverableDate';
  return undefined;
}
