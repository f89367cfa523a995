import { startTransition, useEffect, useState } from 'react';

/**
 * False on a component's first render, true from the next, which React renders as a
 * transition: in slices of a few milliseconds, between which the browser paints and answers
 * input. A long page renders its first screen at once and the rows below it a moment later,
 * rather than all of it in one long task that holds a phone's main thread (issue 16).
 */
export function useRestLater(): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => {
    startTransition(() => setRest(true));
  }, []);
  return rest;
}
