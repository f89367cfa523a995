// Setup file of the shared preset: a test fails when it calls console.error or
// console.warn without expecting it (zod's test setup does the same), so a
// warning that nobody reads cannot slip in. A test that logs on purpose says
// so with a spy of its own, which replaces this one for that test:
//
//   const error = vi.spyOn(console, 'error').mockImplementation(() => {});
//   … expect(error).toHaveBeenCalledWith(…);
//
// Output at module load (before any test, e.g. why a suite is skipped) is not
// checked.
import { afterEach, beforeEach, vi } from 'vitest';

const METHODS = ['error', 'warn'];
let unexpected = [];

beforeEach(() => {
  unexpected = [];
  for (const method of METHODS) {
    const original = console[method];
    vi.spyOn(console, method).mockImplementation(function guard(...args) {
      unexpected.push({ method, args });
      original.apply(console, args); // still shown, to help find it
    });
  }
});

afterEach(() => {
  const calls = unexpected;
  unexpected = [];
  for (const method of METHODS) {
    const current = console[method];
    if (vi.isMockFunction(current) && current.getMockImplementation()?.name === 'guard')
      current.mockRestore();
  }
  if (calls.length === 0) return;
  const list = calls
    .map(({ method, args }) => `  console.${method}: ${args.map(describe).join(' ')}`)
    .join('\n');
  throw new Error(
    `unexpected console output (${calls.length}):\n${list}\n` +
      "Expect it in the test: vi.spyOn(console, 'error').mockImplementation(() => {}), then assert on the spy.",
  );
});

function describe(value) {
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
}
