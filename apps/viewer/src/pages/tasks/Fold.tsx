import { type ReactNode, useState } from 'react';

/**
 * A folded part of a card (<details>). With `lazy`, its content is rendered only once opened:
 * the bureau's page has a form for each of 91 measures and 150 targets, too many to build up
 * front; a unit's few cards keep theirs rendered.
 */
export function Fold({
  summary,
  lazy,
  children,
}: {
  summary: ReactNode;
  lazy: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {!lazy || open ? children : null}
    </details>
  );
}
