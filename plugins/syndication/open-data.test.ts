import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSnapshot, writeSnapshot } from '../../cms/export/export.ts'
import type { PublishedDocs } from '../../cms/export/map.ts'
import { contactPerson, publishedDocs, service } from '../../cms/export/test-fixtures.ts'
import { contentHash, diffReleases, nextFeed } from './changes.ts'
import { writeOpenData } from './open-data.ts'
import type { ChangeFeed, OpenDataIndex, ServiceDocument } from './open-data-schemas.ts'
import { useTempDirs } from './test-dirs.ts'

const tempDir = useTempDirs()

/** Writes a snapshot of `docs` and builds the open data of one release from it. */
async function release(docs: PublishedDocs, releaseId: string, previousDir: string | null = null) {
  const snapshotDir = path.join(tempDir('snapshot'), 'snap')
  await writeSnapshot(buildSnapshot(docs), snapshotDir)
  const outDir = tempDir(`release-${releaseId}`)
  const result = await writeOpenData({
    snapshotDir,
    outDir,
    previousDir,
    releaseId,
    builtAt: `2026-11-2${releaseId.length % 10}T10:00:00.000Z`,
    siteUrl: 'https://beratung.example.org/',
  })
  const read = <T>(file: string) => JSON.parse(readFileSync(path.join(outDir, 'api/v1', file), 'utf8')) as T
  return { outDir, result, read }
}

// Generous timeouts: Ajv compiles every schema, and the test machines are shared.
describe('open data of a release', { timeout: 30_000 }, () => {
  it('writes the lists, one document per service by slug and id, schemas, OpenAPI, index and feed', async () => {
    const { read, result, outDir } = await release(publishedDocs(), 'r1')
    const files = readdirSync(path.join(outDir, 'api/v1'), { recursive: true }).map(String).sort()
    expect(files).toEqual(
      expect.arrayContaining([
        'changes.json',
        'contact-persons.json',
        'departments.json',
        'easy-language-texts.json',
        'index.json',
        'locations.json',
        'openapi.json',
        'regions.json',
        'schema/changes.schema.json',
        'schema/service-document.schema.json',
        'schema/service.schema.json',
        'services.json',
        'services/id/40.json',
        'services/persoenliches-budget.json',
        'topics.json',
        'videos.json',
      ]),
    )
    expect(result.files).toBe(files.filter((f) => f.endsWith('.json')).length)
    const doc = read<ServiceDocument>('services/persoenliches-budget.json')
    expect(read('services/id/40.json')).toEqual(doc)
    expect(doc.url).toBe('https://beratung.example.org/leistungen/persoenliches-budget/')
    expect(doc.easyLanguage).toEqual({
      id: '90',
      slug: 'persoenliches-budget',
      title: 'Das Persönliche Budget',
      url: 'https://beratung.example.org/leichte-sprache/persoenliches-budget/',
    })
    expect(doc.contacts).toEqual([
      expect.objectContaining({
        function: 'Fallmanagerin Eingliederungshilfe Köln',
        name: 'Aylin Demirtaş',
        tel: 'tel:+492219999111',
        email: 'fallmanagement@demo.lotse.example',
      }),
    ])
    const index = read<OpenDataIndex>('index.json')
    expect(index.release).toBe('r1')
    expect(index.datasets.find((d) => d.type === 'service')).toMatchObject({
      path: '/api/v1/services.json',
      url: 'https://beratung.example.org/api/v1/services.json',
      count: 1,
    })
  })

  it('validates every file against the generated schemas', async () => {
    const { read, outDir } = await release(publishedDocs(), 'r1')
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(ajv)
    const schemaDir = path.join(outDir, 'api/v1/schema')
    for (const file of readdirSync(schemaDir))
      ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')))
    const check = (schemaFile: string, value: unknown) => {
      const validate = ajv.getSchema(`https://lotse.example/schema/v1/${schemaFile}`)!
      expect(validate(value), `${schemaFile}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
    const index = read<OpenDataIndex>('index.json')
    check('index.schema.json', index)
    check('changes.schema.json', read('changes.json'))
    check('service-document.schema.json', read('services/persoenliches-budget.json'))
    for (const dataset of index.datasets)
      for (const item of read<unknown[]>(dataset.path.replace('/api/v1/', '')))
        check(`${dataset.type}.schema.json`, item)
  })

  it('leaves out the name of a contact person without recorded consent', async () => {
    const docs = publishedDocs({
      'contact-persons': [contactPerson({ consent: { given: false }, name: 'Geheim Niemand', photo: null })],
    })
    const { outDir } = await release(docs, 'r1')
    const all = readdirSync(path.join(outDir, 'api/v1'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(path.join(outDir, 'api/v1', f), 'utf8'))
      .join('\n')
    expect(all).toContain('Fallmanagerin Eingliederungshilfe Köln')
    expect(all).not.toContain('Geheim Niemand')
  })
})

describe('change feed', { timeout: 30_000 }, () => {
  it('lists everything as added on the first release', async () => {
    const { read } = await release(publishedDocs(), 'r1')
    const feed = read<ChangeFeed>('changes.json')
    expect(feed.release).toBe('r1')
    expect(feed.entries).toHaveLength(1)
    expect(feed.entries[0].previousRelease).toBeNull()
    expect(feed.entries[0].added.map((i) => `${i.type}/${i.id}`)).toEqual([
      'service/40',
      'easyLanguageText/90',
      'contactPerson/50',
      'location/60',
      'topic/20',
      'department/1',
      'videoTutorial/70',
      'region/10',
    ])
    expect(feed.entries[0].changed).toEqual([])
    expect(feed.entries[0].removed).toEqual([])
  })

  it('detects added, changed and removed items against the previous release, newest first', async () => {
    const first = await release(publishedDocs(), 'r1')
    const docs = publishedDocs({
      services: [
        service({ teaser: 'Neuer Kurztext.', updatedAt: '2026-11-01T08:00:00.000Z' }),
        service({ id: 41, slug: 'neue-leistung', name: 'Neue Leistung' }),
      ],
      'easy-language-texts': [],
    })
    const second = await release(docs, 'r2', first.outDir)
    const feed = second.read<ChangeFeed>('changes.json')
    expect(feed.entries.map((e) => e.release)).toEqual(['r2', 'r1'])
    const [entry] = feed.entries
    expect(entry.previousRelease).toBe('r1')
    expect(entry.added).toEqual([
      { type: 'service', id: '41', slug: 'neue-leistung', updatedAt: '2026-01-20T09:30:00.000Z' },
    ])
    // The location changes too: its public list of services now includes the new one.
    expect(entry.changed).toEqual([
      { type: 'service', id: '40', slug: 'persoenliches-budget', updatedAt: '2026-11-01T08:00:00.000Z' },
      { type: 'location', id: '60', slug: 'lvr-beratungszentrum-koeln-deutz', updatedAt: '2026-01-20T09:30:00.000Z' },
    ])
    expect(entry.removed).toEqual([
      { type: 'easyLanguageText', id: '90', slug: 'persoenliches-budget', updatedAt: '2026-01-20T09:30:00.000Z' },
    ])
    // Stable ids: the unchanged service document keeps its id alias, the new one gets its own.
    expect(second.read<ServiceDocument>('services/id/40.json').service.teaser).toBe('Neuer Kurztext.')
    expect(second.read<ServiceDocument>('services/id/41.json').service.slug).toBe('neue-leistung')
    expect(second.read<ServiceDocument>('services/id/40.json').easyLanguage).toBeUndefined()
  })

  it('adds no entry for a release without changes, but names the new release', async () => {
    const first = await release(publishedDocs(), 'r1')
    const second = await release(publishedDocs(), 'r2', first.outDir)
    const feed = second.read<ChangeFeed>('changes.json')
    expect(feed.release).toBe('r2')
    expect(feed.entries.map((e) => e.release)).toEqual(['r1'])
  })

  it('treats a previous release without open data as empty and a damaged feed as a new one', async () => {
    const empty = tempDir('old-release')
    const second = await release(publishedDocs(), 'r2', empty)
    const feed = second.read<ChangeFeed>('changes.json')
    expect(feed.entries).toHaveLength(1)
    expect(feed.entries[0].added).toHaveLength(8)
    expect(
      nextFeed({
        release: 'r3',
        builtAt: '2026-11-23T10:00:00.000Z',
        previousRelease: 'r2',
        previousItems: null,
        previousFeed: { entries: 'kaputt' },
        items: {},
      }).entries,
    ).toEqual([])
  })

  it('keeps at most the configured number of entries', () => {
    let feed: unknown = null
    let previousItems = null
    for (let i = 0; i < 7; i++) {
      const items = { topic: [{ id: '1', slug: 'arbeit', title: `Version ${i}` }] }
      feed = nextFeed({
        release: `r${i}`,
        builtAt: `2026-11-23T10:0${i}:00.000Z`,
        previousRelease: i === 0 ? null : `r${i - 1}`,
        previousItems,
        previousFeed: feed,
        items,
        max: 5,
      })
      previousItems = items
    }
    const entries = (feed as ChangeFeed).entries
    expect(entries.map((e) => e.release)).toEqual(['r6', 'r5', 'r4', 'r3', 'r2'])
    expect(entries.every((e) => e.changed.length === 1)).toBe(true)
  })

  it('compares content, not key order', () => {
    expect(contentHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(contentHash({ b: [1, { d: 3, c: 2 }], a: 1 }))
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }))
    expect(diffReleases({ topic: [{ id: '1', slug: 'a', x: 1 }] }, { topic: [{ slug: 'a', id: '1', x: 1 }] })).toEqual({
      added: [],
      changed: [],
      removed: [],
    })
  })
})
