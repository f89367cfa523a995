import { type ReactNode, useId } from 'react';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { FieldMessage } from '../../lib/observationForm.js';

/** Says a field message in the reader's language: ours by key, the API's in its own words. */
export function useFieldMessage() {
  const { t } = useLocale();
  return (message: FieldMessage | undefined) =>
    message === undefined
      ? undefined
      : 'text' in message
        ? message.text
        : t(message.key, message.values);
}

/** A labelled control with its help and its error, wired for screen readers. */
export function Field({
  label,
  error,
  help,
  children,
  className,
}: {
  label: string;
  error?: string | undefined;
  help?: string;
  className?: string;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ReactNode;
}) {
  const id = useId();
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
