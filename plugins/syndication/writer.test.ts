import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSnapshot, writeSnapshot } from '../../cms/export/export.ts'
import type { PublishedDocs } from '../../cms/export/map.ts'
import { publishedDocs, service } from '../../cms/export/test-fixtures.ts'
import { writeSyndication } from './index.ts'
import { useTempDirs } from './test-dirs.ts'
import { fileHashes, ReleaseWriter } from './writer.ts'

const tempDir = useTempDirs()

const links = (file: string) => statSync(file).nlink
const read = (file: string) => readFileSync(file, 'utf8')

/** Every file below `dir`, relative, sorted. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()

describe('ReleaseWriter', () => {
  it('links files whose content the live release already has, writes the others', async () => {
    const live = tempDir('live')
    const first = new ReleaseWriter({ outDir: live })
    await first.write('api/a.json', '{"a":1}\n')
    await first.write('api/deep/b.json', '{"b":1}\n')
    await first.write('api/c.json', '{"c":1}\n')
    expect(await first.done()).toBe(3)
    expect(first.linked).toBe(0)

    const next = tempDir('next')
    const second = new ReleaseWriter({ outDir: next, previous: { dir: live, hashes: first.hashes } })
    await second.write('api/a.json', '{"a":1}\n') // unchanged
    await second.write('api/deep/b.json', '{"b":2}\n') // changed
    await second.write('api/d.json', '{"d":1}\n') // new
    expect(await second.done()).toBe(3)
    expect(second.linked).toBe(1)
    expect(second.written).toBe(2)
    expect(links(path.join(next, 'api/a.json'))).toBe(2)
    expect(links(path.join(next, 'api/deep/b.json'))).toBe(1)
    expect(read(path.join(next, 'api/deep/b.json'))).toBe('{"b":2}\n')
    // The live release is untouched.
    expect(read(path.join(live, 'api/deep/b.json'))).toBe('{"b":1}\n')
    expect(filesIn(next)).toEqual(['api/a.json', 'api/d.json', 'api/deep/b.json'])
  })

  it('reuse links a file from the live release without making it, and makes it where the live release has none', async () => {
    const live = tempDir('live')
    const again = new ReleaseWriter({ outDir: live })
    await again.write('api/a.json', '{"a":1}\n')
    await again.write('api/gone.json', '{"gone":1}\n')
    await again.done()
    rmSync(path.join(live, 'api/gone.json'))

    const next = tempDir('next')
    const writer = new ReleaseWriter({ outDir: next, previous: { dir: live, hashes: again.hashes } })
    const made: string[] = []
    const make = (relative: string, content: string) => () => (made.push(relative), content)
    await writer.reuse('api/a.json', make('api/a.json', '{"a":1}\n'))
    await writer.reuse('api/gone.json', make('api/gone.json', '{"gone":2}\n'))
    await writer.reuse('api/new.json', make('api/new.json', '{"new":1}\n'))
    expect(await writer.done()).toBe(3)
    expect(made).toEqual(['api/new.json', 'api/gone.json'])
    expect(writer.linked).toBe(1)
    expect(links(path.join(next, 'api/a.json'))).toBe(2)
    expect(read(path.join(next, 'api/gone.json'))).toBe('{"gone":2}\n')
    // The hash list describes what the release holds, for the next release.
    expect(writer.hashes['api/a.json']).toBe(again.hashes['api/a.json'])
    expect(writer.hashes['api/gone.json']).not.toBe(again.hashes['api/gone.json'])
    await expect(writer.reuse('api/a.json', () => '')).rejects.toThrow('written twice')
  })

  it('writes a file again when the live release no longer has it, and refuses a path twice', async () => {
    const live = tempDir('live')
    const next = tempDir('next')
    const hashes = { 'x.json': '' }
    const first = new ReleaseWriter({ outDir: live })
    await first.write('x.json', 'x\n')
    await first.done()
    hashes['x.json'] = first.hashes['x.json']!
    rmSync(path.join(live, 'x.json'))
    const second = new ReleaseWriter({ outDir: next, previous: { dir: live, hashes } })
    await second.write('x.json', 'x\n')
    await expect(second.write('x.json', 'y\n')).rejects.toThrow('written twice')
    await second.done()
    expect(second.written).toBe(1)
    expect(read(path.join(next, 'x.json'))).toBe('x\n')
  })

  it('reports a failed write from done()', async () => {
    const out = tempDir('out')
    writeFileSync(path.join(out, 'file'), 'a file where a folder should be')
    const writer = new ReleaseWriter({ outDir: out })
    await writer.write('file/inside.json', '{}\n')
    await expect(writer.done()).rejects.toThrow()
  })
})

describe('syndication files reused from the live release', { timeout: 30_000 }, () => {
  async function release(docs: PublishedDocs, releaseId: string, previousDir: string | null, hashesDir: string) {
    const snapshotDir = path.join(tempDir('snapshot'), 'snap')
    await writeSnapshot(buildSnapshot(docs), snapshotDir)
    const outDir = path.join(tempDir('releases'), releaseId)
    const result = await writeSyndication({
      snapshotDir,
      outDir,
      previousDir,
      releaseId,
      builtAt: '2026-11-24T10:00:00.000Z',
      siteUrl: 'https://beratung.example.org/',
      hashesDir,
    })
    return { outDir, ...result }
  }

  it('links unchanged files, writes changed ones; the result is what a fresh write gives', async () => {
    const hashesDir = tempDir('hashes')
    const r1 = await release(publishedDocs(), 'r1', null, hashesDir)
    expect(r1.reused).toBe(0)
    expect(await fileHashes.read(hashesDir, 'r1')).toHaveProperty(['api/v1/services/persoenliches-budget.json'])

    const changed = publishedDocs({ services: [service({ teaser: 'Geld statt Sachleistung, neu erklärt.' })] })
    const r2 = await release(changed, 'r2', r1.outDir, hashesDir)
    expect(r2.files).toBe(r1.files)
    expect(r2.reused).toBeGreaterThan(0)
    expect(r2.reused).toBeLessThan(r2.files)
    const doc = path.join(r2.outDir, 'api/v1/services/persoenliches-budget.json')
    expect(links(doc)).toBe(1)
    expect(read(doc)).toContain('neu erklärt')
    // Files no change touches (the schemas) are shared with the live release.
    expect(links(path.join(r2.outDir, 'api/v1/schema/service.schema.json'))).toBe(2)

    // Byte for byte what a release written without the live one looks like.
    const fresh = await release(changed, 'r2', null, tempDir('hashes-fresh'))
    const differing = filesIn(fresh.outDir).filter(
      (f) => !['api/v1/changes.json'].includes(f) && read(path.join(fresh.outDir, f)) !== read(path.join(r2.outDir, f)),
    )
    expect(differing).toEqual([])
    expect(filesIn(r2.outDir)).toEqual(filesIn(fresh.outDir))
  })

  it('without the hash list of the live release, writes every file', async () => {
    const hashesDir = tempDir('hashes')
    const r1 = await release(publishedDocs(), 'r1', null, hashesDir)
    await fileHashes.prune(hashesDir, [])
    expect(await fileHashes.read(hashesDir, 'r1')).toBeNull()
    const r2 = await release(publishedDocs(), 'r2', r1.outDir, hashesDir)
    expect(r2.reused).toBe(0)
  })
})
