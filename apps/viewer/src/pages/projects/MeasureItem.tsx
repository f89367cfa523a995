import type { Measure } from '@plan/projects';
import { usePlanId } from '../../api/planScope.js';
import {
  type EvidenceMeta,
  evidenceHref,
  type LatestMeasureReport,
  type MeasureTrackingItem,
  type Unit,
} from '../../api/tracking.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { OwnerLine } from './OwnerLine.js';
import { day, excerpt } from './projectsView.js';
import { useProjectsWords } from './projectsWords.js';
import { TrackingBadge } from './TrackingBadge.js';

/** A piece of evidence: a kept file downloads from the API; a link opens where it points (http(s) only). */
function EvidenceLink({
  evidence,
}: {
  evidence: Pick<EvidenceMeta, 'id' | 'kind' | 'name' | 'url'>;
}) {
  const planId = usePlanId();
  const outside = evidence.kind === 'link' && evidence.url && /^https?:\/\//i.test(evidence.url);
  return outside ? (
    <a href={evidence.url ?? undefined} target="_blank" rel="noopener noreferrer">
      {evidence.name}
    </a>
  ) : (
    <a href={evidenceHref(planId, evidence)} download={evidence.name}>
      {evidence.name}
    </a>
  );
}

/** The latest report of a measure: period, excerpt of the narrative, percent, deliverable, reporter and date, evidence. */
function LatestReport({
  report,
  deliverableDone,
}: {
  report: LatestMeasureReport;
  deliverableDone: boolean | null | undefined;
}) {
  const w = useProjectsWords();
  return (
    <div className="measure-report">
      <p className="small">
        <strong>
          {w('latestReport')}（{report.period}）
        </strong>{' '}
        <TrackingBadge status={report.status} />
        {report.percent !== null && report.percent !== undefined ? (
          <span> {w('percent', { percent: report.percent })}</span>
        ) : null}
        {deliverableDone === true || deliverableDone === false ? (
          <span> · {w(deliverableDone ? 'deliverableDone' : 'deliverableOpen')}</span>
        ) : null}
      </p>
      <p className="small measure-narrative" lang="zh-CN" title={report.narrative}>
        {excerpt(report.narrative)}
      </p>
      <p className="small muted">
        {w('reportedBy', { reporter: report.reporter, date: day(report.createdAt) })}
      </p>
      {report.evidence.length > 0 ? (
        <p className="small measure-evidence">
          {w('evidence')}
          {w('colon')}
          {report.evidence.map((evidence, index) => (
            <span key={evidence.id}>
              {index > 0 ? '、' : null}
              <EvidenceLink evidence={evidence} />
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** A measure of a project: its text verbatim, its one status, who answers for it and what was last reported. */
export function MeasureItem({
  measure,
  tracking,
  units,
}: {
  measure: Measure;
  tracking: MeasureTrackingItem | undefined;
  units: ReadonlyMap<string, Unit>;
}) {
  const { pick, locale } = useLocale();
  const w = useProjectsWords();
  return (
    <li id={measure.id} data-measure={measure.id}>
      <span className="measure-number">{measure.number ?? `(${measure.position})`}</span>
      <div>
        {locale === 'en' ? <p>{measure.summary.en}</p> : null}
        <p lang="zh-CN" className={locale === 'en' ? 'small muted' : undefined}>
          {measure.text}
        </p>
        {tracking ? (
          <div className="measure-tracking">
            <p className="small">
              <TrackingBadge status={tracking.status} explanation={tracking.explanation} />{' '}
              <span className="muted">{pick(tracking.explanation)}</span>
            </p>
            {tracking.conflict ? (
              <p className="small tracking-conflict" data-conflict={measure.id}>
                <span aria-hidden="true">⚠ </span>
                <strong>{w('conflict')}</strong>
                {w('colon')}
                {pick(tracking.conflict)}
                {tracking.reportedStatus ? (
                  <>
                    {' '}
                    （{w('reportedStatus')} <TrackingBadge status={tracking.reportedStatus} />）
                  </>
                ) : null}
              </p>
            ) : null}
            <OwnerLine owner={tracking.owner} units={units} />
            {tracking.latestReport ? (
              <LatestReport
                report={tracking.latestReport}
                deliverableDone={tracking.deliverableDone}
              />
            ) : (
              <p className="small muted">{w('noReport')}</p>
            )}
            {tracking.status === 'not_reported' ? (
              <p className="small what-to-report">
                {w('whatToReport')}
                {w('reportMeasure')}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}
