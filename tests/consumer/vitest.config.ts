import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: '@kybkit/consumer-tests', testTimeout: 120_000, hookTimeout: 300_000 },
});
