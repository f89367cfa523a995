import type { ImportReport } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';

/**
 * How the file was read, as the API reports it: the CSV's encoding (none for a workbook) and
 * the blank rows skipped (a template's unfilled rows).
 */
function ReadFacts({ report }: { report: ImportReport }) {
  const { t } = useLocale();
  const encoding = report.encoding ?? null;
  const blankRows = report.blankRows ?? 0;
  if (encoding === null && blankRows === 0) return null;
  return (
    <p className="small muted import-facts" data-testid="import-facts">
      {encoding !== null ? (
        <span data-encoding={encoding}>
          {t('entry.report.encoding', { encoding: t(`entry.encoding.${encoding}`) })}
        </span>
      ) : null}
      {encoding !== null && blankRows > 0 ? ' ' : null}
      {blankRows > 0 ? <span>{t('entry.report.blankRows', { count: blankRows })}</span> : null}
    </p>
  );
}

/** An import's report: what a clean run writes, or every problem by row and column; how the file was read. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, locale } = useLocale();
  if (report.ok) {
    return (
      <>
        <p className="form-success" role="status" data-testid="import-report">
          {report.dryRun
            ? t('entry.report.ok', {
                rows: report.rows,
                created: report.created,
                unchanged: report.unchanged,
              })
            : t('entry.report.done', { created: report.created, unchanged: report.unchanged })}
        </p>
        <ReadFacts report={report} />
      </>
    );
  }
  return (
    <div className="import-report" data-testid="import-report">
      <p className="form-problem" role="alert">
        {t('entry.report.failed', { count: report.problems.length })}
      </p>
      <ReadFacts report={report} />
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('entry.report.row')}
            </th>
            <th scope="col">{t('entry.report.column')}</th>
            <th scope="col">{t('entry.report.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem) => (
            <tr key={`${problem.row}/${problem.column}/${problem.problem}`}>
              <td className="num">{problem.row > 0 ? problem.row : t('entry.report.file')}</td>
              <td>
                <code>{problem.column || '—'}</code>
              </td>
              <td>{locale === 'zh' ? (problem.problemZh ?? problem.problem) : problem.problem}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
