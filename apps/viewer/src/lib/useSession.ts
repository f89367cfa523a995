import { useCallback, useSyncExternalStore } from 'react';
import type { Role } from '../api/types.js';

const KEY = 'plan.viewer.session';

/** An editor's sign-in: the token and who it says they are. */
export type Session = { token: string; name: string; role: Role };

function read(): Session | null {
  try {
    const text = globalThis.sessionStorage?.getItem(KEY);
    return text ? (JSON.parse(text) as Session) : null;
  } catch {
    return null;
  }
}

// One sign-in for the whole tab: the navigation (the review link) follows a sign-in made on
// the data-entry page at once. The parsed session is kept so every read returns the same object.
let current: { text: string | null; session: Session | null } | undefined;
const listeners = new Set<() => void>();

function snapshot(): Session | null {
  let text: string | null = null;
  try {
    text = globalThis.sessionStorage?.getItem(KEY) ?? null;
  } catch {
    text = null;
  }
  if (!current || current.text !== text) current = { text, session: read() };
  return current.session;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The signed-in token, kept in sessionStorage: it lasts while the tab is open
 * and is gone when it closes, never written to disk as localStorage would be.
 */
export function useSession(): [Session | null, (session: Session | null) => void] {
  const session = useSyncExternalStore(subscribe, snapshot, snapshot);
  const set = useCallback((next: Session | null) => {
    try {
      if (next) globalThis.sessionStorage?.setItem(KEY, JSON.stringify(next));
      else globalThis.sessionStorage?.removeItem(KEY);
      current = undefined;
    } catch {
      // Storage refused: the sign-in lasts until the page reloads.
      current = { text: null, session: next };
    }
    for (const listener of listeners) listener();
  }, []);
  return [session, set];
}
