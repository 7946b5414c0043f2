import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { easyLanguage, type EasyLanguageOptions } from '../index.ts'
import { markLinkedTextsStale } from '../hooks/markLinkedTextsStale.ts'
import { staleTextsPath, staleTextsTitle } from '../admin/staleTextsRoute.ts'

const ownBeforeChange = () => undefined
const ownAfterChange = () => undefined
const services: CollectionConfig = {
  slug: 'services',
  hooks: { beforeChange: [ownBeforeChange], afterChange: [ownAfterChange] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Beschreibung',
          fields: [
            { name: 'name', type: 'text' },
            { name: 'description', type: 'richText' },
          ],
        },
      ],
    },
    { name: 'slug', type: 'text' },
  ],
}
const topics: CollectionConfig = { slug: 'topics', fields: [{ name: 'title', type: 'text' }] }
const releasesLink = { path: '/cms/components/admin/NavLink#AdminNavLink', clientProps: { id: 'nav-lotse-releases' } }
/** What the plugin reads and changes of a config. */
const config: Pick<Config, 'collections' | 'admin'> = {
  collections: [services, topics],
  admin: { components: { afterNavLinks: [releasesLink], views: { releases: { Component: '/x#X', path: '/x' } } } },
}
const options: EasyLanguageOptions = { standardText: { collection: 'services', fields: ['name', 'description'] } }

describe('easyLanguage', () => {
  const result = easyLanguage(options)(config)
  const slugs = (result.collections ?? []).map((c) => c.slug)
  const withStandardText = result.collections?.find((c) => c.slug === 'services')

  it('adds the texts and the Wörterbuch right after the standard-text collection', () => {
    expect(slugs).toEqual(['services', 'easy-language-texts', 'glossary-terms', 'topics'])
    const texts = result.collections?.find((c) => c.slug === 'easy-language-texts')
    expect(texts?.fields).toContainEqual(expect.objectContaining({ name: 'service', relationTo: 'services' }))
  })

  it('gives the standard-text collection its version field last and its hooks around the collection’s own', () => {
    expect(withStandardText?.fields.at(-1)).toMatchObject({ name: 'standardTextVersion', type: 'text' })
    expect(withStandardText?.fields).toHaveLength(services.fields.length + 1)
    const beforeChange = withStandardText?.hooks?.beforeChange ?? []
    expect(beforeChange).toHaveLength(2)
    expect(beforeChange[0]).toBe(ownBeforeChange)
    expect(withStandardText?.hooks?.afterChange).toEqual([markLinkedTextsStale, ownAfterChange])
    // The collection given to the plugin is not changed.
    expect(services.hooks?.beforeChange).toEqual([ownBeforeChange])
    expect(services.fields).toHaveLength(2)
  })

  it('adds the view of stale texts and its navigation link, first among Lotse’s links', () => {
    const links = result.admin?.components?.afterNavLinks ?? []
    expect(links[0]).toEqual({
      path: '/cms/components/admin/NavLink#AdminNavLink',
      clientProps: { path: staleTextsPath, label: staleTextsTitle, id: 'nav-lotse-stale' },
    })
    expect(links[1]).toBe(releasesLink)
    expect(staleTextsTitle).toBe('Veraltete Texte in Leichter Sprache')
    expect(result.admin?.components?.views).toMatchObject({
      releases: { path: '/x' },
      staleEasyLanguageTexts: {
        Component: '/plugins/easy-language/admin/StaleTextsView#StaleTextsView',
        path: staleTextsPath,
        exact: true,
      },
    })
  })

  it('fails at startup when the standard-text collection or one of its fields is missing', () => {
    expect(() => easyLanguage(options)({ ...config, collections: [topics] })).toThrow(/"services" is not in the config/)
    const misspelt: EasyLanguageOptions = { standardText: { collection: 'services', fields: ['name', 'teaser'] } }
    expect(() => easyLanguage(misspelt)(config)).toThrow(/has no field "teaser"/)
  })
})
