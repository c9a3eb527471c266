import { defineConfig } from 'vitest/config';
import { SummaryLineReporter } from './test/reporters/summary-line';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: [process.env.CI ? 'verbose' : 'default', new SummaryLineReporter()],
  },
});
