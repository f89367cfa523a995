import { narrativeSectionLabels } from '@plan/scoring';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { problemText } from '../tasks/MeasureReportForm.js';
import type { NarrativeSectionAnswer } from './narrativeApi.js';
import { useNarrativeWords } from './narrativeWords.js';

/** The most characters a section takes (the API's limit, NARRATIVE_MAX_CHARS of @plan/store). */
const MAX_CHARS = 20_000;

type Outcome = { ok: boolean; text: string };

/**
 * One section of a report: its heading, whether it is a draft or which version is stored, and
 * (for a city editor) a box to edit it, saved at the version it was read at.
 */
export function SectionEditor({
  answer,
  editable,
  save,
}: {
  answer: NarrativeSectionAnswer;
  editable: boolean;
  save: (write: {
    section: string;
    text: string;
    expectedVersion: number;
  }) => Promise<NarrativeSectionAnswer>;
}) {
  const w = useNarrativeWords();
  const { pick, locale } = useLocale();
  const id = useId();
  const [text, setText] = useState(answer.text);
  const [version, setVersion] = useState(answer.version);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  // After a refused save (changed meanwhile) the box keeps the author's text and the latest
  // stored text is shown below it; the next save is at the latest version.
  const [conflict, setConflict] = useState(false);
  const conflictRef = useRef(false);
  conflictRef.current = conflict;
  // A new answer (a reload after saving, or after a refusal) brings its version; its text
  // replaces the box's unless the author is merging a conflict.
  useEffect(() => {
    setVersion(answer.version);
    if (!conflictRef.current) setText(answer.text);
  }, [answer.text, answer.version]);

  const count = [...text].length;
  const over = count - MAX_CHARS;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (over > 0) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const saved = await save({ section: answer.section, text, expectedVersion: version });
      setVersion(saved.version);
      setConflict(false);
      setOutcome({ ok: true, text: w('saved', { version: saved.version }) });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setConflict(true);
        setOutcome({ ok: false, text: w('stale') });
      } else setOutcome({ ok: false, text: w('refused', { detail: problemText(caught) }) });
    } finally {
      setBusy(false);
    }
  };

  const label = pick(narrativeSectionLabels[answer.section]);
  return (
    <section className="narrative-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {label} {answer.draft ? <span className="badge narrative-draft">{w('draft')}</span> : null}
      </h2>
      <p className="narrative-meta">
        {answer.updatedAt
          ? w('written', {
              version: answer.version,
              by: answer.updatedBy ?? '',
              at: formatDateTime(answer.updatedAt, locale),
            })
          : w('neverWritten')}
      </p>
      {editable ? (
        <form onSubmit={submit} noValidate>
          <label className="visually-hidden" htmlFor={`${id}-text`}>
            {label}
          </label>
          <textarea
            id={`${id}-text`}
            lang="zh-CN"
            rows={8}
            value={text}
            aria-describedby={`${id}-count`}
            aria-invalid={over > 0}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${id}-count`} className={over > 0 ? 'field-error' : 'narrative-count'}>
            {over > 0 ? w('tooLong', { over }) : w('characters', { count, max: MAX_CHARS })}
          </p>
          <button type="submit" disabled={busy || over > 0}>
            {busy ? w('saving') : w('save')}
          </button>
          {conflict ? (
            <div className="narrative-text narrative-latest">
              <p>
                <strong>{w('latest', { version: answer.version })}</strong>
              </p>
              <Lines text={answer.text} />
            </div>
          ) : null}
          {outcome ? (
            <p
              role={outcome.ok ? 'status' : 'alert'}
              className={outcome.ok ? 'notice' : 'field-error'}
            >
              {outcome.text}
            </p>
          ) : null}
        </form>
      ) : (
        <div className="narrative-text">
          <Lines text={answer.text} />
        </div>
      )}
    </section>
  );
}

/** A text's lines as paragraphs. */
function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </>
  );
}
