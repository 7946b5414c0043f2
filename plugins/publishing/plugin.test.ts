import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type {
  CollectionAfterChangeHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  Payload,
  SanitizedConfig,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { limitRequest } from '../../cms/lib/requestLimits.ts'
import { publishing, type PublishingOptions } from './index.ts'
import { mediaChangeOnTheSite, mediaDeleteOnTheSite } from './mediaOnTheSite.ts'
import { publishOnChange, publishOnDelete } from './requestPublish.ts'
import { PUBLISH_QUEUE, publishSiteTask } from './runner.ts'

const ownHook: CollectionAfterChangeHook = ({ doc }) => doc

const collections: CollectionConfig[] = [
  {
    slug: 'services',
    versions: { drafts: true },
    hooks: { afterChange: [ownHook] },
    fields: [{ name: 'name', type: 'text' }],
  },
  { slug: 'regions', fields: [{ name: 'name', type: 'text' }] },
  { slug: 'media', upload: true, fields: [{ name: 'alt', type: 'text' }] },
  { slug: 'users', auth: true, fields: [] },
]

const slugs = (...names: string[]) => names as CollectionSlug[]

async function apply(
  config: Partial<Config>,
  options: PublishingOptions = { collections: slugs('services', 'regions') },
) {
  return publishing(options)({ collections, ...config } as Config)
}

const named = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug)!
const fieldNames = (collection: CollectionConfig) => collection.fields.map((f) => ('name' in f ? f.name : f.type))

describe('publishing()', () => {
  it('adds the publish hooks after the collection’s own, and the sidebar fields to collections with drafts', async () => {
    const config = await apply({})
    expect(named(config, 'services').hooks?.afterChange).toEqual([ownHook, publishOnChange])
    expect(named(config, 'services').hooks?.afterDelete).toEqual([publishOnDelete])
    expect(fieldNames(named(config, 'services'))).toEqual(['publishStatus', 'name', 'firstPublishedAt'])
    expect(named(config, 'regions').hooks?.afterChange).toEqual([publishOnChange])
    expect(fieldNames(named(config, 'regions'))).toEqual(['name'])
    // Not listed: unchanged.
    expect(named(config, 'users')).toBe(collections[3])
  })

  it('adds its collections at the end, with the endpoints on releases', async () => {
    const config = await apply({})
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'services',
      'regions',
      'media',
      'users',
      'releases',
      'pipeline-locks',
      'publish-refusals',
    ])
    expect(named(config, 'releases').endpoints).toEqual([
      expect.objectContaining({ path: '/status', method: 'get' }),
      expect.objectContaining({ path: '/rollback', method: 'post' }),
      expect.objectContaining({ path: '/take-back', method: 'get' }),
      expect.objectContaining({ path: '/take-back', method: 'post' }),
    ])
  })

  it('guards the images live pages show when given the media collection', async () => {
    const without = await apply({})
    expect(named(without, 'media').hooks).toBeUndefined()
    const config = await apply({}, { collections: slugs('services'), media: slugs('media')[0] })
    expect(named(config, 'media').hooks?.beforeChange).toEqual([mediaChangeOnTheSite])
    expect(named(config, 'media').hooks?.beforeDelete).toEqual([mediaDeleteOnTheSite])
  })

  it('refuses a collection the config does not have', async () => {
    await expect(apply({}, { collections: slugs('services', 'nope') })).rejects.toThrow(/no collection "nope"/)
  })

  it('adds the view "Veröffentlichungen" and its nav link after the existing ones', async () => {
    const existing = { path: '/x#X', clientProps: { id: 'other' } }
    const config = await apply({ admin: { components: { afterNavLinks: [existing] } } })
    expect(config.admin?.components?.afterNavLinks).toEqual([
      existing,
      {
        path: '/cms/components/admin/NavLink#AdminNavLink',
        clientProps: { path: '/veroeffentlichungen', label: 'Veröffentlichungen', id: 'nav-lotse-releases' },
      },
    ])
    expect(config.admin?.components?.views?.releases).toMatchObject({
      Component: '/plugins/publishing/admin/ReleasesView#ReleasesView',
      path: '/veroeffentlichungen',
    })
  })

  it('registers its job first and runs its queue every second, after the config’s own autoRun entries', async () => {
    const cronDefault = { cron: '* * * * *', queue: 'default' }
    const other = { slug: 'other', handler: async () => ({ output: {} }) }
    const config = await apply({ jobs: { autoRun: [cronDefault], tasks: [other] } })
    expect(config.jobs?.tasks).toEqual([publishSiteTask, other])
    expect(config.jobs?.autoRun).toEqual([
      cronDefault,
      { cron: '* * * * * *', queue: PUBLISH_QUEUE, limit: 1, disableScheduling: true },
    ])
    const fromFunction = await apply({ jobs: { autoRun: async () => [cronDefault] } })
    const autoRun = fromFunction.jobs?.autoRun
    expect(typeof autoRun).toBe('function')
    if (typeof autoRun === 'function')
      expect((await autoRun({} as Payload)).map((entry) => entry.queue)).toEqual(['default', PUBLISH_QUEUE])
  })

  it('runs its onInit after the config’s own', async () => {
    const order: string[] = []
    const config = await apply({ onInit: async () => void order.push('config') })
    const payload = {
      find: vi.fn(async () => {
        order.push('publishing')
        return { docs: [] }
      }),
      update: vi.fn(async () => ({ docs: [] })),
      count: vi.fn(async () => ({ totalDocs: 0 })),
    }
    await config.onInit!(payload as unknown as Payload)
    expect(order).toEqual(['config', 'publishing'])
  })
})

describe('the plugin in the Lotse config', () => {
  let config: SanitizedConfig
  let dataDir: string
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'lotse-publishing-plugin-'))
    process.env.LOTSE_DATA_DIR = dataDir
    process.env.DATABASE_URL = `file:${path.join(dataDir, 'lotse.db')}`
    process.env.PAYLOAD_SECRET = 'unit-test'
    config = await (await import('../../cms/payload.config.ts')).default
  }, 120_000)
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('publishes every collection with drafts plus departments, regions, topics and media', () => {
    const published = config.collections
      .filter((c) => c.hooks.afterChange.includes(publishOnChange))
      .map((c) => c.slug)
      .sort()
    const withDrafts = config.collections.filter((c) => c.versions?.drafts).map((c) => c.slug)
    expect(published).toEqual([...new Set([...withDrafts, 'departments', 'regions', 'topics', 'media'])].sort())
    for (const collection of config.collections.filter((c) => published.includes(c.slug))) {
      expect(collection.hooks.afterChange.at(-1), collection.slug).toBe(publishOnChange)
      expect(collection.hooks.afterDelete.at(-1), collection.slug).toBe(publishOnDelete)
    }
  })

  it('its collections follow the rules of every collection (request limits, German dates)', () => {
    const releases = config.collections.find((c) => c.slug === 'releases')!
    expect(releases.hooks.beforeOperation[0]).toBe(limitRequest)
    const startedAt = releases.fields.find((f) => 'name' in f && f.name === 'startedAt')
    expect(startedAt?.admin).toMatchObject({ date: { displayFormat: 'dd.MM.yyyy HH:mm' } })
    const services = config.collections.find((c) => c.slug === 'services')!
    const firstPublished = services.fields.find((f) => 'name' in f && f.name === 'firstPublishedAt')
    expect(firstPublished?.admin).toMatchObject({ date: { displayFormat: 'dd.MM.yyyy HH:mm' }, position: 'sidebar' })
  })
})
