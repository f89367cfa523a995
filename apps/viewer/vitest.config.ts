import { definePlanVitestConfig } from '@plan/vitest-config';
import react from '@vitejs/plugin-react';

// Component tests: React in happy-dom, with the API answered by a fake fetch.
export default definePlanVitestConfig({
  plugins: [react()],
  test: {
    // The end-to-end helpers' pure parts are tested here too (the zh scan's scanner is
    // @plan/vitest-config/latinSentences, tested there).
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'e2e/_lib/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    // A page test renders the whole app (lazy chunks, the plan's 61 indicators): on a shared
    // machine that can take longer than the default five seconds.
    testTimeout: 20_000,
  },
});
