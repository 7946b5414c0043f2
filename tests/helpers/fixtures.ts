import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, DefaultDocumentIDType, Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'
import type { User } from '../../cms/payload-types.ts'
import { textToLexical } from '../../cms/export/richtext.ts'

/** A document id as the generated types have it (`db.defaultIDType` in cms/payload-types.ts). */
export type Id = DefaultDocumentIDType
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

/** What `payload.create` takes for a collection: its generated type without the fields Payload fills in. */
export type CreateData<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S>

/** The collections `validData` has fixtures for. */
export type FixtureSlug =
  | 'services'
  | 'easy-language-texts'
  | 'glossary-terms'
  | 'contact-persons'
  | 'locations'
  | 'video-tutorials'
  | 'pages'
  | 'media'
  | 'topics'
  | 'regions'
  | 'departments'
  | 'users'

type Builders = { [S in FixtureSlug]: (slug: string, world: World, department: Id) => CreateData<S> }

const builders: Builders = {
  services: (slug, _world, department) => ({
    name: 'Testleistung',
    slug,
    teaser: 'Ein kurzer Text.',
    description: textToLexical('Volltext.'),
    department,
  }),
  'easy-language-texts': (slug, world, department) => ({
    title: 'Test in Leichter Sprache',
    slug,
    service: department === world.deptA ? world.serviceA : world.serviceB,
    text: 'Das ist ein Test.',
    department,
  }),
  'glossary-terms': (slug, _world, department) => ({
    term: unique('Begriff'),
    slug,
    explanation: 'Ein Begriff ist ein Wort.',
    department,
  }),
  'contact-persons': (slug, _world, department) => ({
    function: 'Beratung',
    phone: '0221 9999 100',
    email: 'beratung@demo.lotse.example',
    slug,
    department,
  }),
  locations: (slug, world, department) => ({
    name: 'Beratungsstelle',
    slug,
    address: { street: 'Musterweg 1', postalCode: '50667', city: 'Köln' },
    coordinates: { lat: 50.94, lon: 6.96 },
    region: world.region,
    department,
  }),
  'video-tutorials': (slug, _world, department) => ({
    title: 'Testvideo',
    slug,
    description: 'Ein Video.',
    captions: sampleCaptions,
    transcript: 'Hallo und willkommen.',
    durationSeconds: 2,
    department,
  }),
  pages: (slug, _world, department) => ({
    title: 'Testseite',
    kind: 'other',
    summary: 'Kurz.',
    content: textToLexical('Inhalt.'),
    slug,
    department,
  }),
  media: (_slug, _world, department) => ({ alt: 'Ein blaues Quadrat', department }),
  topics: (slug) => ({ title: 'Testlebenslage', slug, description: 'Beschreibung.' }),
  regions: (slug) => ({
    name: unique('Testort'),
    slug,
    kind: 'kreis',
    kreisKey: '05999',
    coordinates: { lat: 51, lon: 7 },
  }),
  departments: (slug) => ({ name: 'Testdezernat', slug }),
  users: (slug, _world, department) => ({
    email: `${slug}@demo.lotse.example`,
    password: 'geheim-123456',
    name: 'Test',
    role: 'editor',
    departments: [department],
  }),
}

const isFixtureSlug = (collection: CollectionSlug): collection is FixtureSlug => Object.hasOwn(builders, collection)

/**
 * Minimal valid data for a new document of each collection, in the given
 * department, typed as that collection's. Throws for a collection without
 * fixtures (see `FixtureSlug`). (The overload states what `builders`' type
 * guarantees per collection, which TypeScript cannot follow through a
 * generic index.)
 */
export function validData<S extends CollectionSlug>(collection: S, world: World, department: Id): CreateData<S>
export function validData(collection: CollectionSlug, world: World, department: Id): CreateData<FixtureSlug> {
  const slug = unique(collection.replace(/[^a-z]/g, ''))
  if (!isFixtureSlug(collection)) throw new Error(`no fixture for ${collection}`)
  return builders[collection](slug, world, department)
}

/**
 * A user made with `overrideAccess`, as the Local API's `user` option and
 * the access functions take it (with its `collection`).
 */
export async function createUser(payload: Payload, data: CreateData<'users'>): Promise<User> {
  const user = await payload.create({ collection: 'users', overrideAccess: true, data })
  return { ...user, collection: 'users' }
}

/**
 * A value handed to Payload as a type it is not, on purpose: for the tests
 * that send what the generated types forbid (bad input that must be refused,
 * an id of another database's kind). Valid data is built typed
 * (`validData`, `CreateData`) instead; this is only for deliberate misuse.
 */
export function asUnchecked<T>(value: unknown): T {
  return value as T
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
  const world: World = { deptA, deptB, region, serviceA: 0, serviceB: 0 }
  for (const [key, dept] of [
    ['serviceA', deptA],
    ['serviceB', deptB],
  ] as const) {
    const doc = await payload.create({
      ...o,
      collection: 'services',
      data: { ...validData('services', world, dept), _status: 'published' },
    })
    world[key] = doc.id
  }
  return world
}
