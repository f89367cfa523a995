import { randomUUID } from 'node:crypto';

const instances = new WeakMap<object, string>();

/**
 * The key a work thread keeps a plan read's checked observations under
 * (checkedObservations.ts): the store read (the threads are the process's,
 * shared by every app in it, e.g. tests), the plan, what was read and the data
 * version. Routes that read alike (assessments, a report's draft) name one key,
 * so one read of the store per data version serves them all.
 */
export function planReadKey(
  store: object,
  read: {
    planId: string;
    region: string;
    includeIllustrative: boolean;
    includeSubmitted: boolean;
    version: number;
  },
): string {
  let instance = instances.get(store);
  if (instance === undefined) {
    instance = randomUUID();
    instances.set(store, instance);
  }
  const { planId, region, includeIllustrative, includeSubmitted, version } = read;
  return `${instance}|${planId}|${region}|${includeIllustrative}|${includeSubmitted}|${version}`;
}
