import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: '@kybkit/resilience-tests', testTimeout: 30_000, hookTimeout: 60_000 },
});
