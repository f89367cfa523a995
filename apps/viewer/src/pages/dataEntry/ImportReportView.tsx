import type { ImportReport } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';

/** An import's report: what a clean run writes, or every problem by row and column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useLocale();
  if (report.ok) {
    return (
      <p className="form-success" role="status" data-testid="import-report">
        {report.dryRun
          ? t('entry.report.ok', {
              rows: report.rows,
              created: report.created,
              unchanged: report.unchanged,
            })
          : t('entry.report.done', { created: report.created, unchanged: report.unchanged })}
      </p>
    );
  }
  return (
    <div className="import-report" data-testid="import-report">
      <p className="form-problem" role="alert">
        {t('entry.report.failed', { count: report.problems.length })}
      </p>
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
              <td>{problem.problem}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
