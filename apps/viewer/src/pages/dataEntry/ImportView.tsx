import { useId, useState } from 'react';
import { usePlan } from '../../api/queries.js';
import type { ImportReport, Region } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { ImportReportView } from './ImportReportView.js';
import { TemplateLinks } from './TemplateLinks.js';
import type { useObservationWrite } from './useObservationWrite.js';

/**
 * Uploads a CSV or XLSX file: a dry run first, and the real import only after a clean one; the
 * template to fill in is offered for the regions the token may write.
 */
export function ImportView({
  write,
  scopeNote,
  regions,
}: {
  write: Pick<ReturnType<typeof useObservationWrite>, 'importFile'>;
  /** What a scoped token may import (the API refuses other rows) */
  scopeNote?: string | undefined;
  /** The regions a template can be prefilled for (those the token may write) */
  regions?: readonly Pick<Region, 'id' | 'name'>[] | undefined;
}) {
  const { t, pick } = useLocale();
  const plan = usePlan();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const subject = plan.data?.regions.find((region) => region.id === plan.data?.subjectRegion);
  const send = async (dryRun: boolean) => {
    if (!file) {
      setError(t('entry.noFile'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await write.importFile(file, dryRun);
      setReport(outcome.report);
      setError(outcome.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('entry.upload')}</h2>
      <p className="small muted">
        {t('entry.uploadHelp', { region: subject ? pick(subject.name) : '' })}
      </p>
      {scopeNote ? <p className="small">{scopeNote}</p> : null}
      <TemplateLinks regions={regions ?? (subject ? [subject] : [])} />
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('entry.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(undefined);
            setError(undefined);
          }}
        />
      </div>
      <div className="form-actions">
        <button type="button" onClick={() => void send(true)} disabled={busy}>
          {t('entry.dryRun')}
        </button>
        {report?.ok && report.dryRun ? (
          <button
            type="button"
            className="primary"
            onClick={() => void send(false)}
            disabled={busy}
          >
            {t('entry.commit')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-problem" role="alert">
          {error}
        </p>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </section>
  );
}
