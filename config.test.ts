import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  configProblems,
  ConfigError,
  dataDir,
  databaseUrl,
  operatorSchema,
  payloadSecret,
  publicCmsUrl,
  publicSiteUrl,
  settings,
  settingsSchema,
} from './config.ts'

const root = import.meta.dirname

/** Variables a test sets; restored after each. */
const touched = new Map<string, string | undefined>()
function set(name: string, value: string | undefined): void {
  if (!touched.has(name)) touched.set(name, process.env[name])
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
afterEach(() => {
  for (const [name, value] of touched)
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  touched.clear()
})

describe('settings', () => {
  it('gives the schema defaults for unset and empty variables', () => {
    set('PORT', undefined)
    set('SITE_PORT', '')
    set('LOTSE_FEEDBACK_PER_DAY', undefined)
    expect(settings.PORT).toBe(3000)
    expect(settings.SITE_PORT).toBe(4321)
    expect(settings.LOTSE_FEEDBACK_PER_DAY).toBe(500)
    expect(settings.CMS_URL).toBeUndefined()
  })

  it('reads a variable when it is used, so a value set later counts', () => {
    set('LOTSE_BOOKINGS_PER_DAY', '7')
    expect(settings.LOTSE_BOOKINGS_PER_DAY).toBe(7)
    set('LOTSE_BOOKINGS_PER_DAY', '8')
    expect(settings.LOTSE_BOOKINGS_PER_DAY).toBe(8)
  })

  it('derives the addresses and folders from one place', () => {
    set('SITE_URL', undefined)
    set('SITE_PORT', '4400')
    set('CMS_URL', undefined)
    set('PORT', '3100')
    expect(publicSiteUrl()).toBe('http://localhost:4400')
    expect(publicCmsUrl()).toBe('http://localhost:3100')
    set('SITE_URL', 'https://beratung.example.org')
    expect(publicSiteUrl()).toBe('https://beratung.example.org')
    set('LOTSE_DATA_DIR', '/tmp/lotse-config-test')
    set('DATABASE_URL', '')
    expect(dataDir()).toBe('/tmp/lotse-config-test')
    expect(databaseUrl()).toBe('file:/tmp/lotse-config-test/lotse.db')
  })

  it('refuses a bad value with a German message naming the variable', () => {
    set('PORT', 'abc')
    expect(() => settings.PORT).toThrow(ConfigError)
    expect(() => settings.PORT).toThrow(/^PORT: „abc“ ist keine ganze Zahl von 1 bis 65535\. Bitte /)
    set('LOTSE_A11Y_GATE', 'STRICT')
    expect(settings.LOTSE_A11Y_GATE).toBe('strict')
    set('LOTSE_A11Y_GATE', 'streng')
    expect(() => settings.LOTSE_A11Y_GATE).toThrow(/^LOTSE_A11Y_GATE: „streng“ .*Bitte/)
  })

  it('lists every bad value at once, and a database server without PAYLOAD_SECRET', () => {
    const problems = configProblems({
      PORT: '70000',
      SITE_URL: 'beratung.example.org',
      DATABASE_URL: 'postgres://db/lotse',
      LOTSE_JOBS: 'aus',
    })
    expect(problems.map((line) => line.split(':')[0])).toEqual(['PORT', 'SITE_URL', 'LOTSE_JOBS', 'PAYLOAD_SECRET'])
    expect(problems.every((line) => line.includes('Bitte'))).toBe(true)
    expect(configProblems({ DATABASE_URL: 'mysql://db/lotse' })[0]).toMatch(
      /^DATABASE_URL: „mysql:\/\/db\/lotse“ .* Bitte /,
    )
    expect(configProblems({ DATABASE_URL: 'file:./x.db', PORT: '8080' })).toEqual([])
    set('DATABASE_URL', 'postgres://db/lotse')
    set('PAYLOAD_SECRET', '')
    expect(() => payloadSecret()).toThrow(/^PAYLOAD_SECRET: fehlt\. Bitte /)
  })
})

/** The rows of the README's "Configuration" table: variable → default cell. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Configuration\n'))
  const rows = new Map<string, string>()
  for (const line of section.split('\n').slice(2)) {
    if (line.startsWith('## ')) break
    const cells = line.split('|').map((cell) => cell.trim())
    const name = /^`([A-Z0-9_]+)`$/.exec(cells[1] ?? '')?.[1]
    if (name) rows.set(name, cells[2]!)
    else if (rows.size > 0 && !line.startsWith('|')) break
  }
  return rows
}

/** The default as the README shows it: the documented text, else the schema's default in backticks, else "–". */
function documentedDefault(name: keyof typeof operatorSchema.shape): string {
  const field = operatorSchema.shape[name]
  const documented = (field.meta() as { default?: string } | undefined)?.default
  if (documented) return documented
  const value = field.parse(undefined)
  return value === undefined ? '–' : `\`${String(value)}\``
}

describe("the README's Configuration table", () => {
  it('lists exactly the variables of the schema', () => {
    expect([...readmeTable().keys()].sort()).toEqual(Object.keys(operatorSchema.shape).sort())
  })

  it('gives the same defaults as the schema', () => {
    const table = readmeTable()
    for (const name of Object.keys(operatorSchema.shape) as (keyof typeof operatorSchema.shape)[])
      expect(table.get(name), name).toBe(documentedDefault(name))
  })
})

describe('npm start with a bad value', () => {
  it('stops at once with one message naming the variable, and exits non-zero', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'lotse-config-'))
    try {
      const started = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'start.ts')], {
        cwd: root,
        env: { ...process.env, PORT: 'abc', LOTSE_DATA_DIR: data, NODE_OPTIONS: '' },
        encoding: 'utf8',
        timeout: 120_000,
      })
      expect(started.status).toBe(1)
      expect(started.stderr).toContain('Lotse kann nicht starten: eine Einstellung ist ungültig.')
      expect(started.stderr).toContain('PORT: „abc“ ist keine ganze Zahl von 1 bis 65535. Bitte geben Sie')
      expect(started.stdout).not.toContain('seeding')
      expect(readdirSync(data)).toEqual([])
    } finally {
      rmSync(data, { recursive: true, force: true })
    }
  }, 150_000)
})

/**
 * Files that must read process.env themselves, each with the reason. Tests
 * (`*.test.ts`, `tests/` folders) set variables for the code under test and
 * are not scanned.
 */
const allowed: Record<string, string> = {
  'config.ts': 'the configuration module',
  'cms/instrumentation.ts':
    'Next.js replaces the literal `process.env.NEXT_RUNTIME` while it compiles the file once per runtime, which drops the Node-only import from the edge build; a read through config.ts would happen at run time, too late for that',
}

describe('environment variables', () => {
  it('are read in config.ts only', () => {
    const files = execFileSync(
      'git',
      [
        'ls-files',
        '--cached',
        '--others',
        '--exclude-standard',
        'cms',
        'plugins',
        'packages',
        'scripts',
        'site',
        'content-models',
        'config.ts',
        'astro.config.mjs',
      ],
      { cwd: root, encoding: 'utf8' },
    )
      .split('\n')
      .filter((file) => /\.(ts|tsx|mts|mjs|js|cjs|astro)$/.test(file))
      .filter((file) => !/\.test\.ts$/.test(file) && !/(^|\/)tests\//.test(file))
    expect(files.length).toBeGreaterThan(100)
    const readers = files.filter((file) => /\bprocess\.env\b/.test(readFileSync(path.join(root, file), 'utf8')))
    expect(readers.filter((file) => !(file in allowed))).toEqual([])
    // Every exception is still needed.
    expect(Object.keys(allowed).filter((file) => !readers.includes(file))).toEqual([])
  })
})
