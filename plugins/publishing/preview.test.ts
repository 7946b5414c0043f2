import type { CollectionSlug, Config, GeneratePreviewURL, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { publishing } from './index.ts'
import { isPreviewCollection, previewPath } from './preview.ts'

const collections = [
  { slug: 'services', versions: { drafts: true }, fields: [] },
  { slug: 'topics', versions: { drafts: true }, fields: [] },
]

describe('the preview in the publishing plugin', () => {
  it('gives the collections with a page of their own Payload’s preview button, pointing at the view', async () => {
    const config = await publishing({ collections: ['services', 'topics'] as CollectionSlug[] })({
      collections,
    } as unknown as Config)
    const services = config.collections!.find((c) => c.slug === 'services')!
    const topics = config.collections!.find((c) => c.slug === 'topics')!
    const req = { payload: { config: { routes: { admin: '/admin' } } } } as unknown as PayloadRequest
    const preview = services.admin?.preview as GeneratePreviewURL
    expect(await preview({ id: 12 }, { req, token: null, locale: 'de' })).toBe('/admin/vorschau/services/12')
    expect(await preview({}, { req, token: null, locale: 'de' })).toBeNull()
    expect(topics.admin?.preview).toBeUndefined()
    expect(Object.values(config.admin?.components?.views ?? {}).map((view) => view?.path)).toContain(
      '/vorschau/:collection/:id',
    )
    expect((config.endpoints ?? []).map((e) => e.path)).toEqual(['/vorschau/befunde', '/vorschau/datei'])
  })

  it('knows which collections have a preview', () => {
    expect(isPreviewCollection('easy-language-texts')).toBe(true)
    expect(isPreviewCollection('topics')).toBe(false)
    expect(isPreviewCollection('__proto__')).toBe(false)
    expect(previewPath('pages', 3)).toBe('/admin/vorschau/pages/3')
  })
})
