import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fake-electron.ts'],
    // Sockets and SQLite files are real: give slow CI machines room, but never hide a hang.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
