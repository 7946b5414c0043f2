import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildSnapshot, exportSnapshot, SnapshotValidationError } from './export.ts'
import type { PublishedDocs } from './map.ts'
import { publicTypes } from '../../content-models/schemas/index.ts'
import * as fx from './test-fixtures.ts'

type FindArgs = {
  collection: string
  where?: unknown
  draft?: boolean
  depth?: number
  pagination?: boolean
  overrideAccess?: boolean
}

/** A stand-in for Payload's Local API: applies the `_status` filter like the database would, records the calls. */
function fakePayload(docs: PublishedDocs) {
  const calls: FindArgs[] = []
  const payload = {
    find: async (args: FindArgs) => {
      calls.push(args)
      const all = ((docs as unknown as Record<string, { _status?: string | null }[]>)[args.collection] ?? []).slice()
      const published = args.where !== undefined
      return { docs: published ? all.filter((doc) => doc._status === 'published') : all }
    },
  }
  return { payload: payload as unknown as Payload, calls }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lotse-export-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'))

describe('exportSnapshot', () => {
  it('writes one sorted file per type and a manifest, from published documents only', async () => {
    const docs = fx.publishedDocs({
      services: [
        fx.service({ id: 44, slug: 'zz-letzte', relatedServices: [40, 45] }),
        fx.service(),
        fx.service({ id: 45, slug: 'entwurf', _status: 'draft' }),
      ],
    })
    const { payload, calls } = fakePayload(docs)
    const out = path.join(dir, 'snapshot')
    const { counts, dir: written } = await exportSnapshot(payload, out)

    expect(written).toBe(out)
    expect(counts).toEqual({
      service: 2,
      easyLanguageText: 1,
      glossaryTerm: 1,
      contactPerson: 1,
      location: 1,
      videoTutorial: 1,
      page: 1,
      topic: 1,
      department: 1,
      region: 1,
    })
    expect((await readdir(out)).sort()).toEqual([...publicTypes.map((type) => `${type}.json`), 'manifest.json'].sort())
    const services = await readJson(path.join(out, 'service.json'))
    expect(services.map((s: { slug: string }) => s.slug)).toEqual(['persoenliches-budget', 'zz-letzte'])
    expect(services[1].relatedServices).toEqual(['40']) // 45 is a draft
    const manifest = await readJson(path.join(out, 'manifest.json'))
    expect(manifest).toEqual({ generatedAt: expect.any(String), schemaVersion: 1, counts })
    expect(new Date(manifest.generatedAt).toISOString()).toBe(manifest.generatedAt)

    const byCollection = Object.fromEntries(calls.map((call) => [call.collection, call]))
    for (const collection of [
      'services',
      'easy-language-texts',
      'glossary-terms',
      'contact-persons',
      'locations',
      'video-tutorials',
      'pages',
      'topics',
    ]) {
      expect(byCollection[collection], collection).toMatchObject({
        where: { _status: { equals: 'published' } },
        draft: false,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    }
    for (const collection of ['departments', 'regions']) {
      expect(byCollection[collection].where, collection).toBeUndefined()
      expect(byCollection[collection]).toMatchObject({
        draft: false,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    }
    // Nothing else is written next to the snapshot (no temporary folders left over).
    expect(await readdir(dir)).toEqual(['snapshot'])
  })

  it('replaces an earlier snapshot, but refuses a folder that holds something else', async () => {
    const out = path.join(dir, 'snapshot')
    await mkdir(out)
    await writeFile(path.join(out, 'manifest.json'), '{}')
    await writeFile(path.join(out, 'stale.json'), '[]')
    await exportSnapshot(fakePayload(fx.publishedDocs()).payload, out)
    expect(existsSync(path.join(out, 'stale.json'))).toBe(false)
    expect(existsSync(path.join(out, 'service.json'))).toBe(true)

    const other = path.join(dir, 'other')
    await mkdir(other)
    await writeFile(path.join(other, 'keep.txt'), 'x')
    await expect(exportSnapshot(fakePayload(fx.publishedDocs()).payload, other)).rejects.toThrow(/Refusing to replace/)
    expect(await readdir(other)).toEqual(['keep.txt'])
  })

  it('names collection, id, slug and field of every invalid item, and writes nothing', async () => {
    const docs = fx.publishedDocs({
      services: [fx.service(), fx.service({ id: 7, slug: 'kaputt', teaser: '', leikaKey: '123' })],
      locations: [fx.location({ region: 999 })],
    })
    const out = path.join(dir, 'snapshot')
    const error = await exportSnapshot(fakePayload(docs).payload, out).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotValidationError)
    const { problems, message } = error as SnapshotValidationError
    expect(problems).toEqual([
      expect.stringMatching(/^services\/7 \(kaputt\): teaser: .+/),
      expect.stringMatching(/^services\/7 \(kaputt\): leikaKey: Der LeiKa-Schlüssel hat genau 14 Ziffern$/),
      expect.stringMatching(/^locations\/60 \(lvr-beratungszentrum-koeln-deutz\): region: .*fehlt/),
    ])
    for (const problem of problems) expect(message).toContain(problem)
    expect(existsSync(out)).toBe(false)
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps an earlier snapshot untouched when the new one is invalid', async () => {
    const out = path.join(dir, 'snapshot')
    await exportSnapshot(fakePayload(fx.publishedDocs()).payload, out)
    const before = await readFile(path.join(out, 'service.json'), 'utf8')
    const broken = fx.publishedDocs({ pages: [fx.page({ slug: 'Kaputt!' })] })
    await expect(exportSnapshot(fakePayload(broken).payload, out)).rejects.toThrow(/pages\/80 \(Kaputt!\): slug: /)
    expect(await readFile(path.join(out, 'service.json'), 'utf8')).toBe(before)
  })
})

describe('buildSnapshot', () => {
  it('reports duplicate slugs and a document that cannot be mapped', () => {
    const docs = fx.publishedDocs({
      topics: [fx.topic(), fx.topic({ id: 21 })],
      services: [
        fx.service(),
        // Stored data that does not fit the types (an import might write it): no list where one is expected.
        Object.assign(fx.service({ id: 46, slug: 'seltsam' }), { documents: 'keine Liste' }),
      ],
    })
    let error: unknown
    try {
      buildSnapshot(docs)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).problems).toEqual([
      expect.stringMatching(/^services\/46 \(seltsam\): \(Eintrag\): .+/),
      expect.stringMatching(/^topics\/21 \(wohnen\): slug: Kurzadresse doppelt vergeben \(auch topics\/20\)$/),
    ])
  })
})
