// `pnpm bench` in apps/api: each benchmark in its own process, one after another,
// so one's memory and JIT state do not colour the next.
import { spawnSync } from 'node:child_process';

for (const script of [
  'bench/import.bench.ts',
  'bench/http.bench.ts',
  'bench/soak.ts',
  'bench/responsiveness.bench.ts',
  'bench/twoServers.bench.ts',
  'bench/firstRead.bench.ts',
]) {
  const run = spawnSync(
    process.execPath,
    ['--conditions=@plan/source', '--import', 'tsx', script],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
