import { trackingStatusLabels } from '@plan/scoring';
import { useState } from 'react';
import { usePlanId } from '../../api/planScope.js';
import { evidenceHref, useMeasureReports } from '../../api/tracking.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { excerpt } from '../projects/projectsView.js';
import { useTasksWords } from './tasksWords.js';

/** The reports of a measure (GET …/reports), newest first. */
function Reports({ measureId }: { measureId: string }) {
  const w = useTasksWords();
  const { pick } = useLocale();
  const planId = usePlanId();
  const reports = useMeasureReports(measureId);
  if (reports.isError) return <ErrorNotice error={reports.error} />;
  if (!reports.data) return <Loading />;
  if (reports.data.length === 0) return <p className="muted">{w('noReport')}</p>;
  const newest = [...reports.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="task-reports">
      {newest.map((report) => (
        <li key={report.id}>
          <strong>{report.period}</strong> · {pick(trackingStatusLabels[report.status])}
          {report.percent !== null && report.percent !== undefined ? ` · ${report.percent}%` : ''} ·{' '}
          {w('reportBy', { reporter: report.reporter, date: report.createdAt.slice(0, 10) })}
          <span className="task-report-text" lang="zh-CN">
            {excerpt(report.narrative, 120)}
          </span>
          {report.evidence.length > 0 ? (
            <span className="task-report-text">
              {w('evidence')}：
              {report.evidence.map((evidence, index) => (
                <span key={evidence.id}>
                  {index > 0 ? '、' : null}
                  <a
                    href={
                      evidence.kind === 'link' && evidence.url
                        ? evidence.url
                        : evidenceHref(planId, evidence)
                    }
                    {...(evidence.kind === 'link'
                      ? { target: '_blank', rel: 'noopener noreferrer' }
                      : { download: evidence.name })}
                  >
                    {evidence.name}
                  </a>
                </span>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A measure's earlier reports, read only when the reader opens them. */
export function ReportHistory({ measureId }: { measureId: string }) {
  const w = useTasksWords();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{w('history', { id: measureId })}</summary>
      {open ? <Reports measureId={measureId} /> : null}
    </details>
  );
}
