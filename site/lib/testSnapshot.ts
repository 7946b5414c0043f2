// Test helper (not used by the site): snapshot folders for unit tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { publicTypes, type PublicType } from '../../content-models/schemas/index.ts'

export type SnapshotItems = Partial<Record<PublicType, unknown[]>>

/**
 * For a test file: a function that writes a snapshot folder (the given items,
 * empty lists for every other type, a manifest dated `generatedAt`) and
 * returns its path; the folders are removed after each test.
 */
export function useSnapshotFolders(generatedAt: string): (items: SnapshotItems) => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return (items) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lotse-snapshot-'))
    dirs.push(dir)
    const counts: Record<string, number> = {}
    for (const type of publicTypes) {
      const list = items[type] ?? []
      counts[type] = list.length
      writeFileSync(path.join(dir, `${type}.json`), JSON.stringify(list))
    }
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ generatedAt, schemaVersion: 1, counts }))
    return dir
  }
}
