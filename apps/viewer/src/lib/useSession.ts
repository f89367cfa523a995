import { useCallback, useState } from 'react';
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

/**
 * The signed-in token, kept in sessionStorage: it lasts while the tab is open
 * and is gone when it closes, never written to disk as localStorage would be.
 */
export function useSession(): [Session | null, (session: Session | null) => void] {
  const [session, setState] = useState<Session | null>(read);
  const set = useCallback((next: Session | null) => {
    setState(next);
    try {
      if (next) globalThis.sessionStorage?.setItem(KEY, JSON.stringify(next));
      else globalThis.sessionStorage?.removeItem(KEY);
    } catch {
      // Storage refused: the sign-in lasts until the page reloads.
    }
  }, []);
  return [session, set];
}
