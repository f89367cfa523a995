import type { AppDeps } from '@plan/api';
import type { CliContext } from '../cliContext.js';
import { renderReportDocument } from './renderReportDocument.js';

/**
 * The report renderer `plan serve` gives the API: the same documents as
 * `plan report`, from the same database, in the request's language. A bad
 * period throws RangeError (the API answers 422).
 */
export function reportRenderer(context: CliContext): NonNullable<AppDeps['renderReport']> {
  return async (request) => {
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
