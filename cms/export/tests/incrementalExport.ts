import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot, type ExportResult } from '../export.ts'
import { EXPORT_STATE_FILE } from '../export-state.ts'
import { textToLexical } from '../richtext.ts'
import { publicTypes, type PublicType } from '../../../content-models/schemas/index.ts'
import { listFiles } from '../../../plugins/publishing/site-files.ts'
import { writeSyndication } from '../../../plugins/syndication/index.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { unique } from '../../../tests/helpers/fixtures.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const o = { overrideAccess: true, depth: 0 } as const
const siteUrl = 'https://beratung.example.org'

type Item = { id: string; slug: string; [field: string]: unknown }

async function readItems(dir: string, type: PublicType): Promise<Item[]> {
  return JSON.parse(await readFile(path.join(dir, `${type}.json`), 'utf8')) as Item[]
}

/** Every file below `dir` with its content. */
async function contents(dir: string): Promise<Map<string, string>> {
  const files = (await listFiles(dir)).sort()
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), 'utf8')] as const)),
  )
}

/** Records of the snapshot that name `id` of a service in one of their references. */
function referencingService(snapshot: Record<PublicType, Item[]>, id: string): number {
  const has = (value: unknown) => (Array.isArray(value) ? value.includes(id) : value === id)
  return (
    snapshot.service.filter((s) => s.id !== id && has(s.relatedServices)).length +
    snapshot.location.filter((l) => has(l.services)).length +
    snapshot.contactPerson.filter((c) => has((c.responsibility as { services?: string[] }).services)).length +
    snapshot.easyLanguageText.filter((e) => has(e.service)).length +
    snapshot.videoTutorial.filter((v) => has(v.services)).length
  )
}

/** Whether a record embeds the image of media document `id` (photo, poster, Leichte-Sprache picture). */
function embedsImage(value: unknown, id: string): boolean {
  if (Array.isArray(value)) return value.some((v) => embedsImage(v, id))
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    if (object.id === id && typeof object.url === 'string' && object.url.startsWith('/media/')) return true
    return Object.values(object).some((v) => embedsImage(v, id))
  }
  return false
}

/** Ids of the images a record embeds. */
function imageIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(imageIds)
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    if (typeof object.id === 'string' && typeof object.url === 'string' && object.url.startsWith('/media/'))
      return [object.id]
    return Object.values(object).flatMap(imageIds)
  }
  return []
}

/**
 * The pipeline's export reads only what changed since the live snapshot and
 * takes every other record over; syndication serialises only the files of
 * changed items and links the rest from the live release. The proof that
 * both follow every dependency: after each change of a series (a service, a
 * location, a topic, a department, a medium that records embed, a slug, an
 * unpublish, a deletion, a new service), the incremental snapshot and the
 * syndication files are byte for byte what a full export and a full
 * syndication of the same database give; and each change reads exactly the
 * documents it affects.
 */
export function incrementalExportSuite(kind: TestDatabase) {
  describe(`incremental export and syndication on ${kind}`, () => {
    let cms: TestCms
    let work: string
    let live: { snapshot: string; release: string }
    let releases = 0
    let fullReads = 0

    const snapshotOf = async (dir: string) =>
      Object.fromEntries(await Promise.all(publicTypes.map(async (t) => [t, await readItems(dir, t)]))) as Record<
        PublicType,
        Item[]
      >

    /** One publish: incremental export and syndication from the live ones, compared with full ones made now. */
    async function publish(): Promise<ExportResult & { reused: number; syndicatedIncrementally: boolean }> {
      const id = `r${++releases}`
      const snapshot = path.join(work, 'snapshots', id)
      const result = await exportSnapshot(cms.payload, snapshot, { previousDir: live.snapshot, root: repoRoot })
      const fullSnapshot = path.join(work, 'full-snapshots', id)
      const full = await exportSnapshot(cms.payload, fullSnapshot)
      fullReads = full.read
      for (const type of publicTypes) {
        const [incremental, expected] = await Promise.all([
          readFile(path.join(snapshot, `${type}.json`), 'utf8'),
          readFile(path.join(fullSnapshot, `${type}.json`), 'utf8'),
        ])
        if (incremental !== expected) expect(JSON.parse(incremental), `${type}.json`).toEqual(JSON.parse(expected))
        expect(incremental, `${type}.json`).toBe(expected)
      }
      const builtAt = new Date().toISOString()
      const release = path.join(work, 'releases', id)
      const syndication = await writeSyndication({
        snapshotDir: snapshot,
        outDir: release,
        previousDir: live.release,
        releaseId: id,
        builtAt,
        siteUrl,
        hashesDir: path.join(work, 'hashes'),
        incremental: { changes: result.changes, root: repoRoot },
      })
      const fullRelease = path.join(work, 'full-releases', id)
      await writeSyndication({
        snapshotDir: fullSnapshot,
        outDir: fullRelease,
        previousDir: live.release,
        releaseId: id,
        builtAt,
        siteUrl,
      })
      const [got, expected] = await Promise.all([contents(release), contents(fullRelease)])
      expect([...got.keys()]).toEqual([...expected.keys()])
      for (const [file, content] of expected) expect(got.get(file), file).toBe(content)
      live = { snapshot, release }
      return { ...result, reused: syndication.reused, syndicatedIncrementally: syndication.incremental }
    }

    const update = (collection: CollectionSlug, id: string, data: Record<string, unknown>) =>
      cms.payload.update({ ...o, collection, id, data })

    beforeAll(async () => {
      cms = await startCms(kind, { from: 'demo' })
      work = await mkdtemp(path.join(tmpdir(), 'lotse-incremental-export-'))
      const snapshot = path.join(work, 'snapshots', 'r0')
      const release = path.join(work, 'releases', 'r0')
      const first = await exportSnapshot(cms.payload, snapshot, { previousDir: null, root: repoRoot })
      await writeSyndication({
        snapshotDir: snapshot,
        outDir: release,
        previousDir: null,
        releaseId: 'r0',
        builtAt: new Date().toISOString(),
        siteUrl,
        hashesDir: path.join(work, 'hashes'),
        incremental: { changes: first.changes, root: repoRoot },
      })
      live = { snapshot, release }
    }, 180_000)
    afterAll(async () => {
      await cms?.close()
      if (work) await rm(work, { recursive: true, force: true })
    })

    it(
      'an edited service is the only document read; its files are made again, the rest linked',
      { timeout: 120_000 },
      async () => {
        const before = await snapshotOf(live.snapshot)
        // One without a Leichte-Sprache text: the CMS marks that text stale (a change of its own).
        const service = before.service.find((s) => !before.easyLanguageText.some((e) => e.service === s.id))!
        await update('services', service.id, { teaser: 'Ein neuer Anreißer für diese Leistung.' })
        const result = await publish()
        expect(result.full).toBe(false)
        expect(result.readBy).toEqual({ services: 1 })
        expect(fullReads).toBeGreaterThan(100)
        expect(result.changes?.service).toEqual({ changed: [service.id], removed: [] })
        expect(result.syndicatedIncrementally).toBe(true)
        expect(result.reused).toBeGreaterThan(100)
      },
    )

    it(
      "a location, a topic and a department that services name are read alone; the services' open data follows",
      { timeout: 180_000 },
      async () => {
        const before = await snapshotOf(live.snapshot)
        const location = before.location.find((l) => (l.services as string[]).length > 0)!
        await update('locations', location.id, { name: 'Beratungsstelle am Neumarkt' })
        expect((await publish()).read).toBe(1)
        const topic = before.topic.find((t) => before.service.some((s) => (s.topics as string[]).includes(t.id)))!
        await update('topics', topic.id, { title: 'Wohnen und Leben' })
        expect((await publish()).read).toBe(1)
        const department = before.department.find((d) => before.service.some((s) => s.department === d.id))!
        await update('departments', department.id, { name: 'Dezernat Soziales und Teilhabe' })
        expect((await publish()).read).toBe(1)
        const service = before.service.find((s) => (s.locations as string[]).includes(location.id))!
        const document = JSON.parse(
          await readFile(path.join(live.release, 'api/v1/services', `${service.slug}.json`), 'utf8'),
        ) as { locations: { id: string; name: string }[] }
        expect(document.locations.find((l) => l.id === location.id)?.name).toBe('Beratungsstelle am Neumarkt')
      },
    )

    it('a changed medium re-reads the records that embed it', { timeout: 120_000 }, async () => {
      const before = await snapshotOf(live.snapshot)
      const picture = before.easyLanguageText.flatMap((e) => e.pictures as { image: { id: string } }[])[0]
      expect(picture, 'the demo content has Leichte-Sprache pictures').toBeDefined()
      const mediaId = picture!.image.id
      const embedding = publicTypes.flatMap((t) => before[t].filter((r) => embedsImage(r, mediaId)))
      expect(embedding.length).toBeGreaterThan(0)
      // The records are made again with every image they embed.
      const images = new Set(embedding.flatMap((record) => imageIds(record)))
      await update('media', mediaId, { alt: 'Ein neuer Alternativtext für das Bild.' })
      const result = await publish()
      expect(result.readBy).toEqual({ 'easy-language-texts': embedding.length, media: images.size })
    })

    it('a new slug re-reads the service and the locations listing it', { timeout: 120_000 }, async () => {
      const service = (await snapshotOf(live.snapshot)).service.find((s) => (s.locations as string[]).length > 0)!
      await update('services', service.id, { slug: unique('umbenannt') })
      expect((await publish()).read).toBe(1 + (service.locations as string[]).length)
    })

    it(
      'an unpublished and a deleted service re-read exactly the records that named them',
      { timeout: 180_000 },
      async () => {
        let before = await snapshotOf(live.snapshot)
        const named = (s: Item) => referencingService(before, s.id)
        const unpublished = [...before.service].sort((a, b) => named(b) - named(a))[0]!
        expect(named(unpublished)).toBeGreaterThan(0)
        await update('services', unpublished.id, { _status: 'draft' })
        let result = await publish()
        expect(result.read).toBe(named(unpublished))
        expect(result.changes?.service.removed).toEqual([unpublished.id])

        before = await snapshotOf(live.snapshot)
        const deleted = [...before.service].sort((a, b) => named(b) - named(a))[0]!
        const expected = named(deleted)
        await cms.payload.delete({ ...o, collection: 'services', id: deleted.id })
        result = await publish()
        expect(result.read).toBe(expected)
        expect(result.changes?.service.removed).toEqual([deleted.id])
      },
    )

    it('a new service is read with the location that lists it', { timeout: 120_000 }, async () => {
      const before = await snapshotOf(live.snapshot)
      const location = before.location[0]!
      // The CMS documents behind the public items, for their ids as the database has them.
      const [locationDoc, topicDoc] = await Promise.all([
        cms.payload.findByID({ ...o, collection: 'locations', id: location.id }),
        cms.payload.findByID({ ...o, collection: 'topics', id: before.topic[0]!.id }),
      ])
      await cms.payload.create({
        ...o,
        collection: 'services',
        data: {
          name: 'Neue Beratung zum Wohnen',
          slug: unique('neu'),
          teaser: 'Beratung für Menschen, die eine Wohnung suchen.',
          description: textToLexical('Wir beraten Sie, wenn Sie eine Wohnung suchen.'),
          department: locationDoc.department,
          locations: [locationDoc.id],
          topics: [topicDoc.id],
          _status: 'published',
        },
      })
      const result = await publish()
      expect(result.read).toBe(2)
      expect(result.changes?.service.changed).toHaveLength(1)
      expect(result.changes?.location.changed).toEqual([location.id])
    })

    it(
      'a snapshot made by other export code is not reused: the export is a full one',
      { timeout: 120_000 },
      async () => {
        const file = path.join(live.snapshot, EXPORT_STATE_FILE)
        const state = JSON.parse(await readFile(file, 'utf8')) as { format: string }
        await writeFile(file, JSON.stringify({ ...state, format: 'other-code' }))
        const result = await publish()
        expect(result.full).toBe(true)
        expect(result.read).toBe(fullReads)
        expect(result.changes).toBeNull()
        expect(result.syndicatedIncrementally).toBe(false)
      },
    )
  })
}
