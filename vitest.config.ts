import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { testWorkers } from './tests/setup/workers.ts'

/**
 * Every temporary file of a run, of the tests, the servers and browsers they
 * start, lives under one folder that is removed when the run ends, however a
 * file ended (Vitest stops its workers with a signal, so their own exit hooks
 * do not run). Child processes inherit TMPDIR, and `os.tmpdir()` reads it.
 */
if (!process.env.LOTSE_TEST_TMPDIR) {
  const runTmp = mkdtempSync(path.join(tmpdir(), 'lotse-tests-'))
  process.env.LOTSE_TEST_TMPDIR = runTmp
  process.env.TMPDIR = runTmp
  process.on('exit', () => rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 }))
}

const ignored = ['node_modules/**', 'data/**', 'dist/**', '**/.next/**', '.astro/**', 'tmp/**']
const inCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase())

/**
 * Integration suites whose subject does not depend on the database (the
 * pipeline's checks and Astro's incremental build): they run once, on SQLite.
 */
const databaseIndependent = [
  'plugins/publishing/tests/publish-checks.int.test.ts',
  'plugins/publishing/tests/incremental-build.int.test.ts',
  'cms/export/export.int.test.ts',
]

/** Integration suites of PostgreSQL alone (its committed migrations). */
const postgresOnly = ['tests/integration/migrations.int.test.ts']

/** Suites of the SQL databases alone: `npm run backup` and `restore` handle SQLite and PostgreSQL. */
const sqlOnly = ['tests/integration/backup-restore.int.test.ts']

/**
 * One project per database, each running every integration suite against it
 * (`LOTSE_TEST_DB`), from template databases its global setup makes once.
 * SQLite always; PostgreSQL where LOTSE_TEST_POSTGRES_URL names a server, and
 * always in CI, where a missing server fails the run; MongoDB where
 * MONGODB_URL is set.
 */
function databaseProject(database: 'sqlite' | 'postgres' | 'mongodb'): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: `int:${database}`,
      include: ['**/*.int.test.ts'],
      exclude: [
        ...ignored,
        ...(database === 'sqlite' ? [] : databaseIndependent),
        ...(database === 'postgres' ? [] : postgresOnly),
        ...(database === 'mongodb' ? sqlOnly : []),
      ],
      env: { LOTSE_TEST_DB: database },
      globalSetup: ['tests/setup/database-templates.ts'],
      testTimeout: 120_000,
      hookTimeout: 300_000,
      // Every file works on a copy of the templates of its own: files run side by side.
    },
  }
}

const databases = (['sqlite', 'postgres', 'mongodb'] as const).filter((database) => {
  if (database === 'sqlite') return true
  if (database === 'postgres') return Boolean(process.env.LOTSE_TEST_POSTGRES_URL) || inCI
  return Boolean(process.env.MONGODB_URL)
})
if (!process.env.MONGODB_URL)
  console.warn(
    'MongoDB: the integration suites are NOT run (MONGODB_URL is not set). No MongoDB server can be installed on this project’s CI machine; this is the one declared exception.',
  )
if (!databases.includes('postgres'))
  console.warn(
    '!!! PostgreSQL: the integration suites are NOT run (LOTSE_TEST_POSTGRES_URL is not set; in CI this fails the run).',
  )

/**
 * Browser tests that start an `npm start` stack of their own (they exhaust
 * rate limits, or need the server exactly as a person starts it).
 */
const ownStack = ['tests/e2e/editorial-admin.e2e.test.ts', 'tests/e2e/http-hardening.e2e.test.ts']
/** Browser tests that assert a time: run alone after all others (scripts/test.ts), in a project of their own. */
const timed = ['tests/e2e/publish-timing.e2e.test.ts']
const timedRun = process.env.LOTSE_TEST_TIMED === '1'

/**
 * The longest files, longest first (measured on the 2-core CI machine; the
 * integration suites per database): started first, they do not end the run
 * alone while the other workers are idle. Vitest orders by the durations of
 * an earlier run where it has them, which a fresh clone has not.
 */
const longestFirst = [
  'tests/e2e/editorial-admin.e2e.test.ts',
  'tests/integration/access.int.test.ts',
  'tests/e2e/accessibility.e2e.test.ts',
  // Not the longest, but it waits for the admin build of the shared stack: it starts once that is likely done.
  'tests/e2e/shared-stack.e2e.test.ts',
  'tests/integration/crash-safety.int.test.ts',
  'tests/integration/backup-restore.int.test.ts',
  'plugins/publishing/tests/publish-checks.int.test.ts',
  'tests/e2e/http-hardening.e2e.test.ts',
  'tests/e2e/word-breaks.e2e.test.ts',
  'plugins/publishing/tests/incremental-build.int.test.ts',
  'plugins/publishing/tests/publish-pipeline.int.test.ts',
  'tests/integration/accounts.int.test.ts',
  'tests/e2e/site-browser.e2e.test.ts',
  'tests/e2e/finder.e2e.test.ts',
  'tests/e2e/lighthouse.e2e.test.ts',
]

/**
 * Long files first (above), then Vitest's order; any other file that uses
 * the shared stack's admin (`sharedStack()`) last: the admin is built while
 * the other files run (tests/setup/e2e.ts), and the stack is used by one file
 * at a time.
 */
class LongFirstStackLastSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const relative = (file: TestSpecification) => path.relative(import.meta.dirname, file.moduleId)
    const usesStack = (file: TestSpecification) =>
      file.project.name === 'e2e' && readFileSync(file.moduleId, 'utf8').includes('sharedStack(')
    const rank = (file: TestSpecification) => {
      if (usesStack(file)) return longestFirst.length + 1
      const i = longestFirst.indexOf(relative(file))
      return i < 0 ? longestFirst.length : i
    }
    // Array.prototype.sort is stable: within a rank, Vitest's order stays.
    return sorted.sort((a, b) => rank(a) - rank(b))
  }
}

// The test type is in the file name: *.test.ts unit, *.int.test.ts integration
// against a real database, *.e2e.test.ts in a browser. Each file runs in its
// own process, because a Payload instance (and its database) is bound to the
// process.
export default defineConfig({
  // JSX of the server-rendered components (the booking pages, plugins/appointments/pages/): tsconfig.json
  // says "preserve" for Next.js, which compiles JSX itself, and Vite would otherwise leave it as it is.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    pool: 'forks',
    isolate: true,
    // Every project the same number of workers (tests/setup/workers.ts): Vitest runs projects with one
    // worker ("fileParallelism: false") as a group of their own after all others, which left a core idle
    // for the 9 minutes of the browser tests. Files that must not overlap say so (tests/helpers/exclusive.ts).
    maxWorkers: testWorkers,
    sequence: { sequencer: LongFirstStackLastSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/*.astro.test.ts', ...ignored],
        },
      },
      // Astro components rendered through Astro's container API.
      './vitest.site.config.ts',
      ...databases.map(databaseProject),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/e2e.ts'],
          exclude: [...ignored, ...ownStack, ...timed],
          testTimeout: 120_000,
          hookTimeout: 20 * 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e:own-stack',
          include: ownStack,
          exclude: ignored,
          testTimeout: 120_000,
          hookTimeout: 20 * 60_000,
        },
      },
      ...(timedRun
        ? [
            {
              extends: true,
              test: {
                name: 'e2e:timed',
                include: timed,
                exclude: ignored,
                testTimeout: 120_000,
                hookTimeout: 20 * 60_000,
              },
            },
          ]
        : []),
    ],
  },
})
