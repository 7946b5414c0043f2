import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { check } from '../index.ts'

const pluginDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = resolve(pluginDir, '../..')
const cli = join(pluginDir, 'cli.ts')

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: repoRoot,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const BAD = 'Der Antrag wird vom Amt geprüft.\nSie haben keine Zeit.\n'
const WARNING_ONLY = 'Sie haben keine Zeit.\n'
const CLEAN = 'Sie haben Fragen?\nRufen Sie uns an.\n'

let dir = ''
const file = (name: string) => join(dir, name)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leichte-sprache-'))
  writeFileSync(file('bad.txt'), BAD)
  writeFileSync(file('warning.txt'), WARNING_ONLY)
  writeFileSync(file('clean.txt'), CLEAN)
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

// each case spawns one or more Node processes; leave room for slow CI machines
describe('cli', { timeout: 30_000 }, () => {
  it('--json prints exactly the findings as JSON and exits 0', () => {
    const result = run(['--json', file('bad.txt')])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(check(BAD))
    expect(result.stderr).toBe('')
  })

  it('--strict exits 1 when there is an error and 0 otherwise', () => {
    expect(run(['--strict', file('bad.txt')]).status).toBe(1)
    expect(run(['--strict', file('warning.txt')]).status).toBe(0)
    expect(run(['--strict', file('clean.txt')]).status).toBe(0)
    const json = run(['--json', '--strict', file('bad.txt')])
    expect(json.status).toBe(1)
    expect(JSON.parse(json.stdout)).toHaveLength(2)
  })

  it('reads standard input for "-"', () => {
    const result = run(['--json', '-'], BAD)
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(check(BAD))
    expect(JSON.parse(run(['--json', '-'], CLEAN).stdout)).toEqual([])
  })

  it('prints a readable German report with line:column, rule, message, suggestion and stats', () => {
    const result = run([file('bad.txt')])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('1 Fehler, 1 Warnung')
    expect(result.stdout).toMatch(/^ {2}1:12 +Fehler +passive +Dieser Satz steht im Passiv/mu)
    expect(result.stdout).toMatch(/^ {2}2:11 +Warnung +negation +„keine“ ist eine Verneinung/mu)
    expect(result.stdout).toContain('Vorschlag: Zum Beispiel: „Das Amt prüft Ihren Antrag.“')
    expect(result.stdout).toContain('Statistik')
    expect(result.stdout).toMatch(/Wörter: +10/u)
    expect(result.stdout).toMatch(/Sätze: +2/u)
    expect(result.stdout).toContain('Flesch-Amstad')
    expect(result.stdout).toContain('Wiener Sachtextformel')
  })

  it('says so when a text keeps all rules', () => {
    const result = run(['-'], CLEAN)
    expect(result.stdout).toContain('0 Fehler, 0 Warnungen')
    expect(result.stdout).toContain('Der Text hält alle Regeln ein.')
  })

  it('exits 2 with a German message for a missing file', () => {
    const result = run([file('gibt-es-nicht.txt')])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Die Datei')
    expect(result.stderr).toContain('gibt es nicht')
  })

  it.each([[[]], [['--foo', file('bad.txt')]], [[file('bad.txt'), file('clean.txt')]]])(
    'exits 2 with the usage for bad arguments %j',
    (args) => {
      const result = run(args)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^Fehler: /u)
      expect(result.stderr).toContain('Aufruf:')
    },
  )

  it('shows the help with --help', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Aufruf:')
  })
})
