import { reportKindLabels, reportKinds } from '@plan/scoring';
import { Link, useSearchParams } from 'react-router';
import { usePlan } from '../../api/queries.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { formatDate } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { useSession } from '../../lib/useSession.js';
import { useToday } from '../../lib/useSettings.js';
import { useNarrative, useSaveNarrative } from './narrativeApi.js';
import { useNarrativeWords } from './narrativeWords.js';
import {
  planYears,
  type ReportChoice,
  reportChoiceFrom,
  reportChoiceParams,
} from './reportChoice.js';
import { SectionEditor } from './SectionEditor.js';
import './narrative.css';

/**
 * 报告撰写: the written sections (成效, 问题, 下一步) of a report of the chosen kind and period,
 * each the stored text or a draft from the figures, edited and saved by the city's editors.
 */
export default function NarrativePage() {
  const w = useNarrativeWords();
  const { pick, locale } = useLocale();
  usePageTitle(w('title'));
  const plan = usePlan();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorNotice error={plan.error} retry={() => plan.refetch()} />;
  const choice = reportChoiceFrom(params, plan.data, today);
  const choose = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    next.delete('kind');
    next.delete('year');
    for (const [key, value] of Object.entries(patch)) next.set(key, value);
    setParams(next);
  };
  return (
    <div className="narrative-page">
      <h1>{w('title')}</h1>
      <p>{w('intro')}</p>
      <div className="narrative-choice">
        <label>
          {w('kind')}{' '}
          <select
            value={choice.kind}
            onChange={(event) => {
              const kind = event.target.value as (typeof reportKinds)[number];
              choose(
                reportChoiceParams(
                  kind === 'annual'
                    ? reportChoiceFrom(new URLSearchParams({ kind }), plan.data, today)
                    : { kind, period: kind },
                ),
              );
            }}
          >
            {reportKinds.map((kind) => (
              <option key={kind} value={kind}>
                {pick(reportKindLabels[kind])}
              </option>
            ))}
          </select>
        </label>
        {choice.kind === 'annual' ? (
          <label>
            {w('year')}{' '}
            <select
              value={choice.period}
              onChange={(event) => choose({ kind: 'annual', year: event.target.value })}
            >
              {planYears(plan.data.period).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <Sections key={`${choice.kind}-${choice.period}`} choice={choice} locale={locale} />
    </div>
  );
}

/** The chosen report's sections: the report's title line and day, then each section. */
function Sections({ choice, locale }: { choice: ReportChoice; locale: 'zh' | 'en' }) {
  const w = useNarrativeWords();
  const { pick } = useLocale();
  const narrative = useNarrative(choice, locale);
  const [session] = useSession();
  const editable = session !== null && (session.role === 'editor' || session.role === 'admin');
  const save = useSaveNarrative(session?.token, choice, locale);
  if (narrative.isPending) return <Loading />;
  if (narrative.isError)
    return <ErrorNotice error={narrative.error} retry={() => narrative.refetch()} />;
  const report = narrative.data;
  return (
    <>
      <h2 className="narrative-report">{pick(report.label)}</h2>
      <p className="narrative-meta">
        {w('judged', {
          date: formatDate(report.asOf, locale),
          from: formatDate(report.from, locale),
        })}
      </p>
      {editable ? null : (
        <p className="notice">
          {w('readOnly')} <Link to="/data-entry">{w('dataEntryLink')}</Link>
        </p>
      )}
      {report.sections.map((answer) => (
        <SectionEditor
          key={answer.section}
          answer={answer}
          editable={editable}
          save={(write) => save.mutateAsync(write)}
        />
      ))}
    </>
  );
}
