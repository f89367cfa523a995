import { definePlanVitestConfig } from '@plan/vitest-config';
import react from '@vitejs/plugin-react';

// Component tests: React in happy-dom, with the API answered by a fake fetch.
export default definePlanVitestConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
  },
});
