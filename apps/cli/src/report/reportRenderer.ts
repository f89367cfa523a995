import type { CliContext } from '../cliContext.js';
import { renderReportDocument } from './renderReportDocument.js';
import type { ReportFormat } from './reportFormats.js';

/** What the API's GET /api/v1/report asks for (AppDeps['renderReport'] of @plan/api). */
type RendererRequest = {
  format: ReportFormat;
  plan: string;
  lang: 'zh' | 'en';
  kind?: 'annual' | 'midterm' | 'final';
  period?: string;
  asOf?: string;
  unit?: string;
  includeIllustrative?: boolean;
};

/**
 * The report renderer `plan serve` gives the API: the same documents as
 * `plan report`, from the same database, in the request's language. A bad
 * period throws RangeError (the API answers 422).
 */
export function reportRenderer(context: CliContext) {
  return async (request: RendererRequest) => {
    const { bytes, mediaType, filename } = await renderReportDocument(context, {
      format: request.format,
      plan: request.plan,
      lang: request.lang,
      kind: request.kind,
      period: request.period,
      asOf: request.asOf,
      unit: request.unit,
      includeIllustrative: request.includeIllustrative === true,
    });
    return { bytes, mediaType, filename };
  };
}
