import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { z } from 'zod'

const siteDir = inject('siteDir')

const text = z.string().min(1)
const url = z.url()
const context = z.literal('https://schema.org')
const postalAddress = z.looseObject({
  '@type': z.literal('PostalAddress'),
  streetAddress: text,
  postalCode: z.string().regex(/^\d{5}$/),
  addressLocality: text,
})
const geo = z.looseObject({
  '@type': z.literal('GeoCoordinates'),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
})
const organization = z.looseObject({ '@type': z.literal('GovernmentOrganization'), name: text })
const contactPoint = z.looseObject({
  '@type': z.literal('ContactPoint'),
  contactType: text,
  telephone: text.optional(),
  email: text.optional(),
})

/** The properties schema.org and search engines expect of each type (schema.org type pages, Google's structured-data guidance). */
const expected = {
  GovernmentService: z.looseObject({
    '@context': context,
    '@type': z.literal('GovernmentService'),
    name: text,
    description: text,
    url,
    provider: organization,
    areaServed: z.looseObject({ name: text }),
    availableChannel: z.array(z.looseObject({ '@type': z.literal('ServiceChannel') })).optional(),
  }),
  GovernmentOffice: z.looseObject({
    '@context': context,
    '@type': z.literal('GovernmentOffice'),
    name: text,
    url,
    address: postalAddress,
    geo,
    openingHoursSpecification: z
      .array(
        z.looseObject({
          '@type': z.literal('OpeningHoursSpecification'),
          dayOfWeek: text,
          opens: z.string().regex(/^\d{2}:\d{2}/),
          closes: z.string().regex(/^\d{2}:\d{2}/),
        }),
      )
      .optional(),
  }),
  ContactList: z.looseObject({
    '@context': context,
    '@type': z.literal('ItemList'),
    itemListElement: z
      .array(
        z.looseObject({ '@type': z.literal('ListItem'), position: z.number().int().positive(), item: contactPoint }),
      )
      .min(1),
  }),
  VideoObject: z.looseObject({
    '@context': context,
    '@type': z.literal('VideoObject'),
    name: text,
    description: text,
    thumbnailUrl: z.union([url, z.array(url)]),
    uploadDate: z.iso.datetime({ offset: true }).or(z.iso.date()),
    duration: z.string().regex(/^PT(?:\d+H)?(?:\d+M)?(?:\d+S)?$/),
    contentUrl: url,
    // German, and for sign-language videos also German Sign Language (gsg).
    inLanguage: z.union([z.string().startsWith('de'), z.array(z.union([text, z.looseObject({ name: text })])).min(1)]),
    transcript: text.optional(),
  }),
}

function jsonLdOf(file: string): Record<string, unknown>[] {
  const html = readFileSync(file, 'utf8')
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))
}

/** Folders under /standorte/ that are lists, not locations ("Standorte in meiner Nähe" and its lists per Kreis). */
const locationLists = new Set(['in-meiner-naehe', 'kreis'])

function pagesIn(dir: string): string[] {
  return readdirSync(path.join(siteDir, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !(dir === 'standorte' && locationLists.has(d.name)))
    .map((d) => path.join(siteDir, dir, d.name, 'index.html'))
}

/** Finds the object of a type in a JSON-LD block (top level or in an @graph). */
function find(blocks: Record<string, unknown>[], type: string): Record<string, unknown> | undefined {
  for (const block of blocks) {
    const candidates = Array.isArray(block['@graph']) ? (block['@graph'] as Record<string, unknown>[]) : [block]
    const found = candidates.find(
      (c) => c['@type'] === type || (Array.isArray(c['@type']) && c['@type'].includes(type)),
    )
    if (found) return { '@context': block['@context'], ...found }
  }
  return undefined
}

describe('schema.org JSON-LD on the built demo site', () => {
  const cases: [string, string, z.ZodType, string][] = [
    ['service pages', 'leistungen', expected.GovernmentService, 'GovernmentService'],
    ['location pages', 'standorte', expected.GovernmentOffice, 'GovernmentOffice'],
    ['video pages', 'videos', expected.VideoObject, 'VideoObject'],
  ]
  for (const [label, dir, schema, type] of cases) {
    it(`gives every one of the ${label} a valid ${type}`, () => {
      const files = pagesIn(dir)
      expect(files.length).toBeGreaterThan(5)
      for (const file of files) {
        const item = find(jsonLdOf(file), type)
        expect(item, `${file}: no ${type}`).toBeDefined()
        const result = schema.safeParse(item)
        expect(result.success, `${file}: ${result.error?.message}`).toBe(true)
      }
    })
  }

  it('lists the contact persons as ContactPoints on the directory page', () => {
    const item = find(jsonLdOf(path.join(siteDir, 'ansprechpersonen', 'index.html')), 'ItemList')
    const result = expected.ContactList.safeParse(item)
    expect(result.success, result.error?.message).toBe(true)
    expect((item!.itemListElement as unknown[]).length).toBeGreaterThanOrEqual(20)
  })
  // That markup in the data cannot close the script element is tested on the
  // component itself (site/components/JsonLd/JsonLd.astro.test.ts): the demo
  // content contains no `<` to test it with here.
})
