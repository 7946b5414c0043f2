import { defineConfig } from 'vitest/config'

const ignored = ['node_modules/**', 'data/**', 'dist/**', '**/.next/**', '.astro/**']

// The test type is in the file name: *.test.ts unit, *.int.test.ts integration
// against a real database. Each file runs in its own process, because a
// Payload instance (and its database) is bound to the process.
export default defineConfig({
  test: {
    pool: 'forks',
    isolate: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', ...ignored],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['**/*.int.test.ts'],
          exclude: ignored,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/demo-site.ts'],
          exclude: ignored,
          testTimeout: 120_000,
          hookTimeout: 20 * 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
