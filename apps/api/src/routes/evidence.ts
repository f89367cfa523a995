import {
  EVIDENCE_MAX_BYTES,
  EvidenceLinkInput,
  EvidenceMeta,
  EvidenceTooLargeError,
  UnknownReportError,
} from '@plan/store';
import type { Context } from 'hono';
import { z } from 'zod';
import { mayReadReport } from '../access/reportAccess.js';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { sentence } from '../i18n/sentence.js';
import { ProblemError } from '../problem.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { BodyTooLargeError, readRequestBytes } from './_lib/readRequestBytes.js';
import { bearer, problems } from './_lib/responses.js';
import {
  EVIDENCE_TYPES,
  type EvidenceKind,
  kindOfMediaType,
  sniffEvidenceKind,
} from './_lib/sniffMediaType.js';
import { assertMayReport } from './_lib/unitWrite.js';
import { assertMeasure, MeasureParam } from './measureReports.js';

const TYPE_LIST = Object.keys(EVIDENCE_TYPES).join(', ');

/** The types a file may be sent as (any of them, or octet-stream: the bytes decide). */
const fileContent = Object.fromEntries(
  [...new Set(Object.values(EVIDENCE_TYPES).map(({ mediaType }) => mediaType.split(';')[0]))]
    .concat('application/octet-stream')
    .map((type) => [type as string, { schema: z.string().describe('The file’s bytes') }]),
);

/** The types a download is sent as: each evidence kind's. */
const downloadContent = Object.fromEntries(
  Object.values(EVIDENCE_TYPES).map(({ mediaType }) => [
    mediaType,
    { schema: z.string().describe('The file’s bytes') },
  ]),
);

/**
 * A file name safe to keep and to send back: no path, no control characters, at most 200
 * characters, ending in the extension of what the bytes are.
 */
export function evidenceFileName(name: string, kind: EvidenceKind): string {
  const base =
    name
      .replace(/^.*[\\/]/, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f"]/g, '')
      .trim()
      .slice(0, 190) || 'evidence';
  const extension = EVIDENCE_TYPES[kind].extension;
  const extensions = kind === 'jpeg' ? ['jpg', 'jpeg'] : [extension];
  return extensions.some((ext) => base.toLowerCase().endsWith(`.${ext}`))
    ? base
    : `${base}.${extension}`;
}

/** Content-Disposition for a download: an ASCII fallback name and the UTF-8 one (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const EvidenceParams = MeasureParam.extend({
  reportId: z.string().min(1).max(100).describe('A report id, as POST …/reports answered'),
});

export function registerEvidenceRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  const storeOf = (c: Context<AppEnv>) => deps.store.forPlan(c.get('plan').id);

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/measures/{id}/reports/{reportId}/evidence',
      operationId: 'addEvidence',
      tags: ['Tracking'],
      summary:
        'Attach evidence to a report (editor): a file (the raw body, ?name=) or a link (JSON {kind:"link", name, url})',
      description: `A file is the request body as it is, with \`?name=\` giving its name; at most ${EVIDENCE_MAX_BYTES} bytes (10 MB; more: 413, counted while the body is read, and nothing is kept). Its type is read from its first bytes, never taken from Content-Type: ${TYPE_LIST} (OFD: the national e-document format). Anything else is refused (415), as is a file whose declared type is another of these (422). A link is http(s) only. The same unit rule as reports: a unit’s token attaches only to reports on its own measures.`,
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: EvidenceParams,
        query: z.object({
          name: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .optional()
            .describe('The file’s name, e.g. 校舍排查报告.pdf (a file needs it)'),
        }),
        // Not `required` to the validator: it would ask every body to be JSON; the handler reads a file.
        body: {
          required: false,
          content: { 'application/json': { schema: EvidenceLinkInput }, ...fileContent },
        },
      },
      responses: {
        201: {
          description: 'The evidence as kept (a file’s size and SHA-256)',
          content: { 'application/json': { schema: EvidenceMeta } },
        },
        ...problems(400, 401, 403, 404, 413, 415, 422, 429),
      },
    },
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      assertMeasure(c, id);
      const report = await storeOf(c).getMeasureReport(reportId);
      if (!report || report.measureId !== id)
        throw new ProblemError(404, {
          zh: `举措 ${id} 没有编号为 ${reportId} 的报告。`,
          en: `No report ${reportId} on measure ${id}.`,
        });
      await assertMayReport(c, deps, id);
      const actor = actorOf(c.get('principal'));
      const declared = c.req.header('content-type');
      const isJson = (declared ?? '').toLowerCase().startsWith('application/json');
      let input: Parameters<ReturnType<typeof storeOf>['addEvidence']>[1];
      if (isJson) {
        input = c.req.valid('json' as never) as EvidenceLinkInput;
      } else {
        const name = c.req.valid('query').name;
        if (name === undefined)
          throw new ProblemError(
            400,
            { zh: '文件须有名称：请加上 ?name=…。', en: 'A file needs its name: send ?name=….' },
            {
              errors: [{ path: 'query.name', message: 'required for a file' }],
            },
          );
        let bytes: Uint8Array;
        try {
          bytes = await readRequestBytes(c.req.raw, { maxBytes: EVIDENCE_MAX_BYTES });
        } catch (error) {
          if (error instanceof BodyTooLargeError)
            throw new ProblemError(413, {
              zh: `文件超过佐证材料允许的 ${EVIDENCE_MAX_BYTES} 字节（10 MB），未保存。`,
              en: `The file is larger than the ${EVIDENCE_MAX_BYTES} bytes (10 MB) evidence may have; nothing was kept.`,
            });
          throw error;
        }
        const kind = sniffEvidenceKind(bytes);
        if (kind === undefined)
          throw new ProblemError(415, {
            zh: `按文件内容判断，它不属于可作为佐证材料保存的类型（${TYPE_LIST}），未保存。`,
            en: `The file is none of the types kept as evidence (${TYPE_LIST}), judged by its bytes; nothing was kept.`,
          });
        const claimed = kindOfMediaType(declared);
        if (claimed !== undefined && claimed !== kind)
          throw new ProblemError(422, {
            zh: `文件声明为 ${claimed}，但内容是 ${kind}，未保存。`,
            en: `The file was sent as ${claimed} but its bytes are ${kind}; nothing was kept.`,
          });
        input = {
          kind: 'file',
          name: evidenceFileName(name, kind),
          mediaType: EVIDENCE_TYPES[kind].mediaType,
          bytes,
        };
      }
      try {
        return c.json(await storeOf(c).addEvidence(reportId, input, actor), 201);
      } catch (error) {
        if (error instanceof EvidenceTooLargeError)
          throw new ProblemError(413, sentence(error.messages));
        if (error instanceof UnknownReportError)
          throw new ProblemError(404, sentence(error.messages));
        throw error;
      }
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/evidence/{id}',
      operationId: 'getEvidence',
      tags: ['Tracking'],
      summary:
        'Download an evidence file (as an attachment, never shown inline); a link’s evidence answers its record',
      description:
        'Whoever may read the report the evidence is attached to may download it, and nobody else: the same rule as the reports’ list (GET /api/v1/measures/{id}/reports), which is public — so the evidence of a live report is served to anyone, signed in or not. A withdrawn report’s evidence is served to admins only; anyone else gets 404, the same answer as for an id that does not exist, so an answer never confirms that an id exists.',
      request: { params: z.object({ id: z.string().min(1).max(100) }) },
      responses: {
        200: {
          description:
            'The file, with Content-Disposition: attachment and X-Content-Type-Options: nosniff; for a link, its record (JSON)',
          headers: {
            'Content-Disposition': {
              description: 'attachment; filename=…',
              schema: { type: 'string' },
            },
          },
          content: { ...downloadContent, 'application/json': { schema: EvidenceMeta } },
        },
        ...problems(400, 404),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const store = storeOf(c);
      const evidence = await store.getEvidence(id);
      // Its report decides: whoever may read the report may download its evidence. Not there,
      // or not for this reader: one answer, so it never confirms that an id exists.
      const report = evidence && (await store.measureReportAccess(evidence.reportId));
      if (!evidence || !report || !mayReadReport(c.get('principal'), report))
        throw new ProblemError(404, {
          zh: `没有编号为 ${id} 的佐证材料。`,
          en: `No evidence ${id}.`,
        });
      const { bytes, ...meta } = evidence;
      if (meta.kind === 'link' || bytes === null) return c.json(meta as EvidenceMeta, 200);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': meta.mediaType ?? 'application/octet-stream',
        'content-disposition': attachmentDisposition(meta.name),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-cache',
        etag: `"${meta.sha256}"`,
      }) as never;
    },
  );
}
