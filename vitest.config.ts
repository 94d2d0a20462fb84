import { defineConfig } from 'vitest/config';

// One run over every workspace package (each has its own vitest.config.ts): `pnpm test` uses this.
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples', 'tests/*'],
  },
});
