/**
 * The import rules of the code base, checked with dependency-cruiser
 * (`npm run check:imports`; `tests/unit/import-graph.test.ts` runs it in
 * `npm test`):
 *
 * - no import cycle anywhere (type-only imports count: a cycle of types is
 *   still two modules that cannot be understood one without the other);
 * - the public contract (`content-models/`) imports nothing from the CMS,
 *   the plugins or Payload: partners and the site depend on it, it depends on
 *   nothing but zod;
 * - a feature (`plugins/<name>/`) is used through its `index.ts` only: by the
 *   CMS, the scripts, the benchmarks and the other features. Tests may reach
 *   further (a test of the whole product may need one internal function),
 *   and so may Payload's generated admin import map, which imports the admin
 *   components the plugins register by path.
 */
import { cruise, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser'
import { existsSync } from 'node:fs'
import path from 'node:path'

/** Test code: test files, test folders and their helpers. */
const TESTS = '(^|/)tests/|\\.test\\.tsx?$'

export const importRules: IForbiddenRuleType[] = [
  {
    name: 'no-cycle',
    comment: 'Modules that import each other, directly or through others.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  {
    name: 'pure-contract',
    comment:
      'content-models/ is the public contract: zod schemas, URL scheme, patterns. No CMS, plugin or Payload code.',
    severity: 'error',
    from: { path: '^content-models/' },
    to: { path: ['^(cms|plugins|packages|scripts|site)/', '(^|/)node_modules/(payload|@payloadcms)/'] },
  },
  {
    name: 'feature-entry',
    comment: 'Outside its folder a feature is used through its index.ts.',
    severity: 'error',
    from: { pathNot: [TESTS, '^plugins/', '^cms/app/'] },
    to: { path: '^plugins/[^/]+/(?!index\\.ts$)' },
  },
  {
    name: 'feature-entry',
    comment: 'A feature uses another feature through its index.ts.',
    severity: 'error',
    from: { path: '^plugins/([^/]+)/', pathNot: TESTS },
    to: { path: '^plugins/(?!$1/)[^/]+/(?!index\\.ts$)' },
  },
]

/** The folders whose TypeScript the rules cover (tests included: a test's imports are code too). */
export const checkedFolders = ['content-models', 'cms', 'plugins', 'packages', 'scripts', 'site', 'bench', 'tests']

/** Cruises `folders` below `baseDir` and answers every broken rule. */
export async function importViolations(
  baseDir = path.resolve(import.meta.dirname, '..'),
  folders = checkedFolders,
): Promise<IViolation[]> {
  const previous = process.cwd()
  // dependency-cruiser reads paths relative to the working directory.
  process.chdir(baseDir)
  try {
    const result = await cruise(
      folders.filter((folder) => existsSync(path.join(baseDir, folder))),
      {
        validate: true,
        ruleSet: { forbidden: importRules },
        tsPreCompilationDeps: true,
        exclude: { path: '(^|/)(node_modules|\\.next|\\.astro|dist|data)/' },
        doNotFollow: { path: 'node_modules' },
        baseDir,
      },
      { extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.json'] },
    )
    if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a result')
    return result.output.summary.violations
  } finally {
    process.chdir(previous)
  }
}

/** One line per violation: the rule, then the modules (a cycle lists every module on it). */
export function describeViolation(violation: IViolation): string {
  const cycle = violation.cycle?.map((step) => step.name)
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${cycle ? ` (cycle: ${[violation.from, ...cycle].join(' → ')})` : ''}`
}

if (import.meta.main) {
  const violations = await importViolations()
  for (const violation of violations) console.error(describeViolation(violation))
  console.log(violations.length ? `${violations.length} import rule(s) broken` : 'import rules hold')
  process.exit(violations.length ? 1 : 0)
}
