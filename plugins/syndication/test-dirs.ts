import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

/** For a test file: makes temporary folders (`lotse-<name>-…`) and removes them after each test. */
export function useTempDirs(): (name: string) => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return (name) => {
    const dir = mkdtempSync(path.join(tmpdir(), `lotse-${name}-`))
    dirs.push(dir)
    return dir
  }
}
