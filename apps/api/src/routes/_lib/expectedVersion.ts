import { ProblemError } from '../../problem.js';
import { observationEtag, versionFromIfMatch } from './caching.js';

/** The ETag of a versioned record (a report, a unit): `"<id>.v<version>"`, as If-Match expects it. */
export const versionEtag = observationEtag;

/**
 * The version If-Match names for the record `id` (`"<id>.v<version>"`; `*` is the current one):
 * 428 without it, 412 when it names another record. `what` names the record in the problem.
 */
export function expectedVersion(
  header: string | undefined,
  id: string,
  current: number,
  what: { zh: string; en: string },
): number {
  const parsed = versionFromIfMatch(header, id);
  if (parsed.kind === 'missing')
    throw new ProblemError(428, {
      zh: `请在 If-Match 请求头中给出读取时的版本（"${id}.v<版本>"），以免覆盖他人同时所作的修改；${what.zh}未改动。`,
      en: `Send If-Match with the version you read ("${id}.v<version>"), so a change made meanwhile is not overwritten; the ${what.en} is unchanged.`,
    });
  if (parsed.kind === 'other')
    throw new ProblemError(412, {
      zh: `If-Match 给出的不是此${what.zh}的任何版本（应为 "${id}.v<版本>"）；未改动。`,
      en: `If-Match does not name this ${what.en} at any version (expected "${id}.v<version>"); nothing changed.`,
    });
  return parsed.kind === 'version' ? parsed.version : current;
}

/** 409: the record changed since it was read; the current version's ETag goes with it. */
export function staleProblem(
  id: string,
  version: number,
  what: { zh: string; en: string },
): ProblemError {
  return new ProblemError(
    409,
    {
      zh: `此${what.zh}已更新到第 ${version} 版，请重新读取后再试；未改动。`,
      en: `The ${what.en} is at version ${version}; read it again and retry. Nothing changed.`,
    },
    { headers: { etag: versionEtag(id, version) } },
  );
}
