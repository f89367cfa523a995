import { afterAll, describe, expect, it } from 'vitest';
import { startPlan, tempWorkspace } from '../_test/runPlan.js';

const workspace = tempWorkspace('serve');
afterAll(() => workspace.dispose());

/** Waits until the output holds a line that passes `test`, or fails after `ms`. */
async function waitFor(output: () => string, test: (line: string) => boolean, ms = 45_000) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    const line = output().split('\n').find(test);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting; output so far:\n${output()}`);
}

describe('plan serve', () => {
  it('starts the API on an empty database, answers /api/v1/health, and stops on SIGTERM', async () => {
    const server = startPlan(['serve', '--port', '0', '--host', '127.0.0.1', '--json'], {
      env: { DATABASE_URL: workspace.databaseUrl, PLAN_VIEWER_DIR: '/nonexistent' },
    });
    try {
      const line = await waitFor(server.output, (candidate) => candidate.startsWith('{"ok":true'));
      const { url, port } = JSON.parse(line) as { url: string; port: number };
      expect(port).toBeGreaterThan(0);
      const response = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/v1/health`);
      expect(await response.json()).toEqual({ status: 'ok' });
      expect(server.output()).toContain('"seeded":true');
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('SIGTERM: shutting down');
  });
});
