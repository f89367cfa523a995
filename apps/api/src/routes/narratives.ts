import { LocalizedText } from '@plan/indicators';
import type { Observation } from '@plan/observations';
import {
  type NarrativeSection,
  narrativeSectionLabels,
  narrativeSections,
  planDays,
  type ReportKind,
  reportKindLabels,
  reportKinds,
  reportTimeBase,
} from '@plan/scoring';
import { NARRATIVE_MAX_CHARS, type StoredNarrative } from '@plan/store';
import type { Context } from 'hono';
import { z } from 'zod';
import { isCityScoped } from '../access/tokenScope.js';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { localized } from '../i18n/requestLanguage.js';
import { carriedBaselines } from '../plans/carriedBaselines.js';
import type { PlanContext } from '../plans/planRegistry.js';
import { ProblemError } from '../problem.js';
import { PLAN_READ_IN_PROCESS_MAX, runTask } from '../work/offLoop.js';
import { storedForTask } from '../work/packedRows.js';
import { planReadKey } from '../work/planReadKey.js';
import { answerCache } from './_lib/answerCache.js';
import { versionFromIfMatch } from './_lib/caching.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { readSummaries } from './_lib/readSummaries.js';
import { bearer, problems } from './_lib/responses.js';

const ReportParams = z.object({
  kind: z.enum(reportKinds).describe('annual (年度监测), midterm (中期评估) or final (总结评估)'),
  period: z
    .string()
    .min(1)
    .max(20)
    .describe('The year (YYYY) of an annual report; "midterm" or "final" for those reports'),
});
const SectionParams = ReportParams.extend({
  section: z
    .enum(narrativeSections)
    .describe('achievements (成效), problems (问题) or next_steps (下一步)'),
});

const NarrativeSectionAnswer = z
  .object({
    section: z.enum(narrativeSections),
    label: LocalizedText.describe('The section’s heading'),
    text: z
      .string()
      .describe(
        'The stored text; for a section never written (or cleared), the draft in the request’s language',
      ),
    draft: z
      .boolean()
      .describe(
        'true: a draft generated from the figures (counts, names, completion), for the author to edit',
      ),
    version: z
      .number()
      .int()
      .describe('The stored version (0: never written); send it back as expectedVersion'),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'ReportNarrativeSection' });
type NarrativeSectionAnswer = z.infer<typeof NarrativeSectionAnswer>;

export const ReportNarrative = z
  .object({
    kind: z.enum(reportKinds),
    period: z.string(),
    from: z.string().describe('The first day the report covers'),
    asOf: z.string().describe('The day the report judges (reportTimeBase of @plan/scoring)'),
    label: LocalizedText.describe('The report’s title line'),
    sections: z.array(NarrativeSectionAnswer).describe('成效, 问题, 下一步, in that order'),
  })
  .meta({ id: 'ReportNarrative' });

const NarrativeWrite = z
  .object({
    text: z
      .string()
      .describe(
        `The section’s text, at most ${NARRATIVE_MAX_CHARS} characters; an empty text brings the draft back`,
      ),
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'The version you edited (0: never written); or send If-Match: "<section>.v<version>"',
      ),
  })
  .strict()
  .meta({ id: 'ReportNarrativeWrite' });

/** The ETag of a section at a version, as sent in `ETag` and expected in `If-Match`. */
const sectionEtag = (section: string, version: number) => `"${section}.v${version}"`;

/** The report's time base, or a 400 naming the bad period in both languages. */
function timeBaseOf(context: PlanContext, kind: ReportKind, period: string) {
  const plan = planDays(context.plan.period);
  try {
    return reportTimeBase(kind, plan, period);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const { start, end } = context.plan.period;
    const expected =
      kind === 'annual'
        ? {
            zh: `年度监测的报告期是规划期内的年份（${start}—${end}）`,
            en: `an annual report's period is a year of the plan period (${start}–${end})`,
          }
        : {
            zh: `${reportKindLabels[kind].zh}的报告期写作“${kind}”`,
            en: `a ${kind} report's period is "${kind}"`,
          };
    throw new ProblemError(
      400,
      {
        zh: `报告期“${period}”无效：${expected.zh}。`,
        en: `The report period "${period}" is not valid: ${expected.en}.`,
      },
      { errors: [{ path: 'params.period', message: { zh: expected.zh, en: error.message } }] },
    );
  }
}

/** Throws 403 unless the token writes for the city: not confined to districts, nor to a unit. */
function assertCityAuthor(c: Context<AppEnv>) {
  const principal = c.get('principal');
  if (principal?.scope?.unit === undefined && isCityScoped(principal, c.get('plan').plan)) return;
  const name = principal?.name ?? '';
  throw new ProblemError(403, {
    zh: `令牌“${name}”限于${principal?.scope?.unit !== undefined ? '一个单位' : '所辖旗区'}；报告的成效、问题和下一步由市级编辑或管理员撰写。`,
    en: `The token "${name}" is confined to ${principal?.scope?.unit !== undefined ? 'a unit' : 'its districts'}; a report's achievements, problems and next steps are written by the city's editors or admins.`,
  });
}

const answerOf = (
  section: NarrativeSection,
  stored: StoredNarrative | undefined,
  draft: string,
): NarrativeSectionAnswer => {
  const written = stored !== undefined && stored.text.trim() !== '';
  return {
    section,
    label: narrativeSectionLabels[section],
    text: written ? stored.text : draft,
    draft: !written,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
};

/**
 * The written sections of reports (成效, 问题, 下一步): read with a draft from the figures for
 * each section not yet written, and written by the city's editors, one version at a time.
 */
export function registerNarrativeRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  const { store } = deps;
  const drafts = answerCache(32);
  // How many observations each read had (per data version): a new report day asks the thread keeping
  // them checked without reading the store again (as the assessments do, see readSummaries.ts).
  const reads = readSummaries();
  const withCarried = carriedBaselines(store, async (id) => deps.plans?.get(id));

  /**
   * The draft of every section as of the report's day, from the city's official figures judged
   * by time progress (completion vs the time elapsed); once per data version. Judged as the plan's
   * assessment is (on a work thread for many observations), on the same read: the approved,
   * non-illustrative figures of the subject region, which the thread keeps checked for both.
   */
  async function draftsFor(
    context: PlanContext,
    kind: ReportKind,
    asOf: string,
  ): Promise<Record<NarrativeSection, { zh: string; en: string }>> {
    const version = await store.dataVersion();
    const region = context.plan.subjectRegion;
    const body = await drafts(version, `${context.id}|${kind}|${asOf}`, async () => {
      const readKey = planReadKey(store, {
        planId: context.id,
        region,
        includeIllustrative: false,
        includeSubmitted: false,
        version,
      });
      const inForce = context.inForce(asOf);
      const draft = async (count: number, stored?: Observation[]) => {
        const large = count > PLAN_READ_IN_PROCESS_MAX;
        // To a thread the observations go packed into columns (moved, not cloned object by object).
        const sent = await storedForTask(stored, large);
        return runTask(
          'planDraft',
          {
            plan: inForce.plan,
            ...(inForce.applied ? { amendments: inForce.applied } : {}),
            ...sent.input,
            cacheKey: readKey,
            kind,
            asOf,
            region,
            version,
          },
          large,
          sent.transfer,
          readKey,
        );
      };
      const known = reads.get(version, readKey);
      let outcome = known ? await draft(known.count) : ({ uncached: true } as const);
      if ('uncached' in outcome) {
        const stored = await withCarried(
          context,
          region,
          await store
            .forPlan(context.id)
            .listObservations({ region, approval: 'approved', includeIllustrative: false }),
        );
        reads.set(version, readKey, { count: stored.length, submitted: new Set() });
        outcome = await draft(stored.length, stored);
      }
      if ('refused' in outcome)
        throw new ProblemError(422, {
          zh: `无法根据已存数据生成草稿：${outcome.refused.detail}`,
          en: `No draft can be made from the stored figures: ${outcome.refused.detail}`,
        });
      if ('uncached' in outcome) throw new Error('the work thread did not keep what it was sent');
      return outcome.body;
    });
    return JSON.parse(body);
  }

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/reports/{kind}/{period}/narrative',
      operationId: 'getReportNarrative',
      tags: ['Reports'],
      summary:
        'A report’s written sections (成效, 问题, 下一步): the stored text, or a draft from the figures marked draft',
      description:
        'The report’s time base (reportTimeBase): annual YYYY → that year’s end; midterm → the end of the plan’s midpoint year; final → the plan’s end. A draft uses only counts, names and completion figures of the city’s official data as of that day.',
      request: { params: ReportParams },
      responses: {
        200: {
          description: 'The three sections in order',
          content: { 'application/json': { schema: ReportNarrative } },
        },
        ...problems(400, 404, 422),
      },
    },
    async (c) => {
      const { kind, period } = c.req.valid('param');
      const context = c.get('plan');
      const base = timeBaseOf(context, kind, period);
      const stored = await store.forPlan(context.id).narratives.list({ kind, period: base.period });
      const bySection = new Map(stored.map((narrative) => [narrative.section, narrative]));
      const needsDraft = narrativeSections.some(
        (section) => (bySection.get(section)?.text.trim() ?? '') === '',
      );
      const draft = needsDraft ? await draftsFor(context, kind, base.asOf) : undefined;
      return c.json(
        {
          kind,
          period: base.period,
          from: base.from,
          asOf: base.asOf,
          label: base.label,
          sections: narrativeSections.map((section) =>
            answerOf(section, bySection.get(section), draft ? localized(c, draft[section]) : ''),
          ),
        },
        200,
      );
    },
  );

  openapiForPlans(
    {
      method: 'put',
      path: '/api/v1/reports/{kind}/{period}/narrative/{section}',
      operationId: 'putReportNarrative',
      tags: ['Reports'],
      summary:
        'Write one section of a report (an editor or admin of the city), at the version you edited',
      description: `Send the version you read as expectedVersion (0 for a section never written) or If-Match: "<section>.v<version>"; a section changed meanwhile answers 409 and nothing is written. At most ${NARRATIVE_MAX_CHARS} characters. Every version is kept.`,
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: SectionParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: {
          required: true,
          content: {
            'application/json': {
              schema: NarrativeWrite,
              example: { text: '学前教育普及普惠水平持续提高。', expectedVersion: 0 },
            },
          },
        },
      },
      responses: {
        200: {
          headers: z.object({ ETag: z.string().describe('"<section>.v<version>"') }),
          description: 'The section as stored now',
          content: { 'application/json': { schema: NarrativeSectionAnswer } },
        },
        ...problems(400, 401, 403, 404, 409, 428, 429),
      },
    },
    async (c) => {
      const { kind, period, section } = c.req.valid('param');
      const { text, expectedVersion: given } = c.req.valid('json');
      const context = c.get('plan');
      assertCityAuthor(c);
      const base = timeBaseOf(context, kind, period);
      const length = [...text].length;
      if (length > NARRATIVE_MAX_CHARS)
        throw new ProblemError(
          400,
          {
            zh: `文字共${length}个字符，每一部分最多${NARRATIVE_MAX_CHARS}个字符。`,
            en: `The text has ${length} characters; a section takes at most ${NARRATIVE_MAX_CHARS}.`,
          },
          {
            errors: [
              {
                path: 'text',
                message: {
                  zh: `最多${NARRATIVE_MAX_CHARS}个字符`,
                  en: `at most ${NARRATIVE_MAX_CHARS} characters`,
                },
              },
            ],
          },
        );
      const expectedVersion = given ?? versionOf(c.req.header('if-match'), section);
      const result = await store
        .forPlan(context.id)
        .narratives.put(
          { kind, period: base.period, section, text, expectedVersion },
          actorOf(c.get('principal')),
        );
      if (result.status === 'stale') {
        const current = result.current;
        throw new ProblemError(409, {
          zh: `“${narrativeSectionLabels[section].zh}”已被他人修改（当前第${current?.version ?? 0}版${current ? `，${current.updatedBy}于${current.updatedAt}修改` : ''}），未保存。请重新读取后再修改。`,
          en: `“${narrativeSectionLabels[section].en}” was changed meanwhile (now version ${current?.version ?? 0}${current ? `, by ${current.updatedBy} at ${current.updatedAt}` : ''}); nothing was written. Read it again and edit that.`,
        });
      }
      const { narrative } = result;
      const answer = answerOf(section, narrative, '');
      return c.json(answer, 200, { etag: sectionEtag(section, narrative.version) });
    },
  );
}

/** The version an If-Match header names for the section; 428 when neither it nor expectedVersion is sent. */
function versionOf(header: string | undefined, section: NarrativeSection): number {
  const parsed = versionFromIfMatch(header, section);
  if (parsed.kind === 'version') return parsed.version;
  if (parsed.kind === 'missing' || parsed.kind === 'any')
    throw new ProblemError(428, {
      zh: '请在请求中给出所修改的版本（expectedVersion，或 If-Match: "<部分>.v<版本>"），以免覆盖他人同时所做的修改。',
      en: 'Send the version you edited (expectedVersion, or If-Match: "<section>.v<version>"), so a change made meanwhile is not overwritten.',
    });
  throw new ProblemError(409, {
    zh: `If-Match 未指明“${section}”部分的版本。`,
    en: `If-Match does not name a version of the section "${section}".`,
  });
}
