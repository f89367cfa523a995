/** A JSON object as the converter handles it: keys to anything. */
export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path (`name.zh`), or undefined where the path runs out. */
export function getPath(object: Json, path: string): unknown {
  let at: unknown = object;
  for (const key of path.split('.')) {
    if (!isRecord(at)) return undefined;
    at = at[key];
  }
  return at;
}

/** Sets the value at a dotted path, creating the objects on the way. */
export function setPath(object: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = object;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (isRecord(next)) at = next;
    else {
      const created: Json = {};
      at[key] = created;
      at = created;
    }
  }
  at[keys.at(-1) as string] = value;
}

/**
 * Removes the value at a dotted path, and the objects on the way that this
 * leaves empty, so what is left of a row is exactly what no column holds.
 */
export function deletePath(object: Json, path: string): void {
  const keys = path.split('.');
  const parents: Json[] = [object];
  for (const key of keys.slice(0, -1)) {
    const next = (parents.at(-1) as Json)[key];
    if (!isRecord(next)) return;
    parents.push(next);
  }
  delete (parents.at(-1) as Json)[keys.at(-1) as string];
  for (let depth = parents.length - 1; depth > 0; depth--) {
    if (Object.keys(parents[depth] as Json).length > 0) break;
    delete (parents[depth - 1] as Json)[keys[depth - 1] as string];
  }
}

/** A deep copy of JSON data (plan files are plain JSON). */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}
