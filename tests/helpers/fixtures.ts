import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { textToLexical } from '../../cms/export/richtext.ts'

type Id = number | string
let counter = 0
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

export const samplePng = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366aa' } })
    .png()
    .toBuffer()

export const sampleVideo = () =>
  readFileSync(path.resolve(import.meta.dirname, '../../cms/seed/videos/website-in-gebaerdensprache.webm'))

export const sampleCaptions = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHallo und willkommen.\n'

export interface World {
  deptA: Id
  deptB: Id
  region: Id
  serviceA: Id
  serviceB: Id
}

/** Minimal valid data for a new document of each collection, in the given department. */
export function validData(collection: CollectionSlug, world: World, department: Id): Record<string, unknown> {
  const slug = unique(collection.replace(/[^a-z]/g, ''))
  switch (collection) {
    case 'services':
      return {
        name: 'Testleistung',
        slug,
        teaser: 'Ein kurzer Text.',
        description: textToLexical('Volltext.'),
        department,
      }
    case 'easy-language-texts':
      return {
        title: 'Test in Leichter Sprache',
        slug,
        service: department === world.deptA ? world.serviceA : world.serviceB,
        text: 'Das ist ein Test.',
        department,
      }
    case 'glossary-terms':
      return { term: unique('Begriff'), slug, explanation: 'Ein Begriff ist ein Wort.', department }
    case 'contact-persons':
      return { function: 'Beratung', phone: '0221 9999 100', email: 'beratung@demo.lotse.example', slug, department }
    case 'locations':
      return {
        name: 'Beratungsstelle',
        slug,
        address: { street: 'Musterweg 1', postalCode: '50667', city: 'Köln' },
        coordinates: { lat: 50.94, lon: 6.96 },
        region: world.region,
        department,
      }
    case 'video-tutorials':
      return {
        title: 'Testvideo',
        slug,
        description: 'Ein Video.',
        captions: sampleCaptions,
        transcript: 'Hallo und willkommen.',
        durationSeconds: 2,
        department,
      }
    case 'pages':
      return {
        title: 'Testseite',
        kind: 'other',
        summary: 'Kurz.',
        content: textToLexical('Inhalt.'),
        slug,
        department,
      }
    case 'media':
      return { alt: 'Ein blaues Quadrat', department }
    case 'topics':
      return { title: 'Testlebenslage', slug, description: 'Beschreibung.' }
    case 'regions':
      return { name: unique('Testort'), slug, kind: 'kreis', kreisKey: '05999', coordinates: { lat: 51, lon: 7 } }
    case 'departments':
      return { name: 'Testdezernat', slug }
    case 'users':
      return {
        email: `${slug}@demo.lotse.example`,
        password: 'geheim-123456',
        name: 'Test',
        role: 'editor',
        departments: [department],
      }
    default:
      throw new Error(`no fixture for ${collection}`)
  }
}

/**
 * A file for a new upload. Each with a name of its own: Payload looks for a
 * free file name by trying name-1, name-2, … one query each, which makes
 * hundreds of uploads of "test.png" slow.
 */
export async function fileFor(collection: CollectionSlug) {
  if (collection === 'media')
    return { data: await samplePng(), mimetype: 'image/png', name: `${unique('test')}.png`, size: 0 }
  if (collection === 'video-tutorials') {
    const data = sampleVideo()
    return { data, mimetype: 'video/webm', name: `${unique('test')}.webm`, size: data.length }
  }
  return undefined
}

/** Two departments, a region and one published service in each department. */
export async function buildWorld(payload: Payload): Promise<World> {
  const o = { overrideAccess: true, depth: 0 } as const
  const deptA = (
    await payload.create({ ...o, collection: 'departments', data: { name: 'Dezernat A', slug: unique('a') } })
  ).id
  const deptB = (
    await payload.create({ ...o, collection: 'departments', data: { name: 'Dezernat B', slug: unique('b') } })
  ).id
  const region = (
    await payload.create({
      ...o,
      collection: 'regions',
      data: {
        name: 'Köln',
        slug: unique('koeln'),
        kind: 'kreisfreie-stadt',
        kreisKey: '05315',
        coordinates: { lat: 50.94, lon: 6.96 },
      },
    })
  ).id
  const world = { deptA, deptB, region, serviceA: 0, serviceB: 0 } as World
  for (const [key, dept] of [
    ['serviceA', deptA],
    ['serviceB', deptB],
  ] as const) {
    const doc = await payload.create({
      ...o,
      collection: 'services',
      data: { ...validData('services', world, dept), _status: 'published' } as never,
    })
    world[key] = doc.id
  }
  return world
}
