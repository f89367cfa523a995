import { startTransition, useEffect, useState } from 'react';

/**
 * False on a component's first render, true once the browser has painted it, and then set in a
 * transition: React renders the rest in slices of a few milliseconds, between which the browser
 * answers input. A long page renders its first screen at once and the rows below it a moment
 * later, rather than all of it in one long task that holds a phone's main thread (issue 16);
 * waiting for the paint keeps the rest's work from delaying the first screen's frame (two
 * animation frames: the second comes after the first screen's frame was drawn). A hidden page
 * has no frames: it renders the rest at once.
 */
export function useRestLater(): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const later = () => startTransition(() => setRest(true));
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      later();
      return;
    }
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(later);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return rest;
}
