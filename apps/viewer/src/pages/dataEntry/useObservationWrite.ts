import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ApiError, request } from '../../api/client.js';
import { invalidateDataReads } from '../../api/invalidateDataReads.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import type {
  ImportReport,
  Observation,
  ObservationInput,
  ObservationPatch,
} from '../../api/types.js';
import type { Session } from '../../lib/useSession.js';

/** What a correction came to: saved, or refused because someone changed the observation meanwhile. */
type Correction = { saved: Observation } | { stale: true };

/** What an import came to: the API's report (also for a refused real import), and its message. */
type ImportOutcome = { report: ImportReport | undefined; error?: string };

/** A refused real import names each row as `rows.N.column`: the same report, row by row. */
function reportFromErrors(error: ApiError, dryRun: boolean): ImportReport {
  return {
    dryRun,
    ok: false,
    rows: 0,
    created: 0,
    unchanged: 0,
    // A refusal names the rows, not how the file was read.
    encoding: null,
    blankRows: 0,
    problems: error.fieldErrors.map((fieldError) => {
      const match = /^rows\.(\d+)\.?(.*)$/.exec(fieldError.path);
      return {
        row: match ? Number(match[1]) : 0,
        column: match?.[2] ?? '',
        // The API wrote it in the language the viewer asked for (Accept-Language).
        problem: fieldError.message,
        problemZh: fieldError.message,
      };
    }),
  };
}

/**
 * Every write of the data-entry page, with the signed-in token: add an
 * observation, correct one (guarded by If-Match on the version read), import a
 * file (dry run or for real). After a write, everything computed from the data
 * is read again. Errors other than a stale version are thrown as `ApiError`.
 */
export function useObservationWrite(session: Session) {
  const client = useQueryClient();
  const planId = usePlanId();
  return useMemo(() => {
    const invalidate = () => invalidateDataReads(client);

    /** POST /api/v1/observations. */
    async function create(input: ObservationInput): Promise<Observation> {
      const { data } = await request<Observation>(apiPath(planId, '/observations'), {
        method: 'POST',
        token: session.token,
        body: input,
      });
      await invalidate();
      return data;
    }

    /** PATCH /api/v1/observations/{id}, if the observation is still the version the reader saw. */
    async function correct(observation: Observation, patch: ObservationPatch): Promise<Correction> {
      const path = apiPath(planId, `/observations/${observation.id}`);
      try {
        // Read the current version now: the If-Match guards against a change made meanwhile.
        const current = await request<Observation>(path);
        if (current.data.version !== observation.version) {
          await invalidate();
          return { stale: true };
        }
        const { data } = await request<Observation>(path, {
          method: 'PATCH',
          token: session.token,
          headers: { 'if-match': current.etag ?? '*' },
          body: patch,
        });
        await invalidate();
        return { saved: data };
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 412) {
          await invalidate();
          return { stale: true };
        }
        throw caught;
      }
    }

    /** POST /api/v1/observations/import: a dry run checks every row and writes nothing. */
    async function importFile(file: File, dryRun: boolean): Promise<ImportOutcome> {
      const body = new FormData();
      body.append('file', file, file.name);
      try {
        const { data } = await request<ImportReport>(
          apiPath(planId, `/observations/import?dryRun=${dryRun ? 'true' : 'false'}`),
          { method: 'POST', token: session.token, body },
        );
        if (!dryRun) await invalidate();
        return { report: data };
      } catch (caught) {
        if (caught instanceof ApiError && caught.fieldErrors.length > 0)
          return { report: reportFromErrors(caught, dryRun), error: caught.message };
        return {
          report: undefined,
          error: caught instanceof Error ? caught.message : String(caught),
        };
      }
    }

    return { create, correct, importFile };
  }, [client, session.token, planId]);
}
