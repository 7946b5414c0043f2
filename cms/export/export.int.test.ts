/**
 * exportSnapshot against a real Payload on a fresh SQLite database: drafts,
 * unpublished and draft-only changes stay out; rich text written with
 * textToLexical is accepted by Payload and comes out as HTML.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../../tests/helpers/cms.ts'
import { sampleCaptions, samplePng, sampleVideo } from '../../tests/helpers/fixtures.ts'
import { exportSnapshot } from './export.ts'
import { textToLexical } from './richtext.ts'
import type { PublicItem, PublicType } from '../../content-models/schemas/index.ts'

let cms: TestCms
let out: string
let counts: Record<string, number>
const ids: Record<string, string> = {}

async function read<T extends PublicType>(type: T): Promise<PublicItem<T>[]> {
  return JSON.parse(await readFile(path.join(out, `${type}.json`), 'utf8'))
}

beforeAll(async () => {
  cms = await startCms('sqlite')
  const payload: Payload = cms.payload
  const o = { overrideAccess: true, depth: 0 } as const
  const published = { _status: 'published' } as const
  const keep = (key: string, doc: { id: number | string }) => (ids[key] = String(doc.id))

  const department = keep(
    'department',
    await payload.create({ ...o, collection: 'departments', data: { name: 'Soziales', slug: 'soziales' } }),
  )
  const region = keep(
    'region',
    await payload.create({
      ...o,
      collection: 'regions',
      data: {
        name: 'Köln',
        slug: 'koeln',
        kind: 'kreisfreie-stadt',
        kreisKey: '05315',
        coordinates: { lat: 50.94, lon: 6.96 },
      },
    }),
  )
  const topic = { description: 'Beschreibung.' }
  keep(
    'topic',
    await payload.create({
      ...o,
      collection: 'topics',
      data: { ...topic, title: 'Wohnen', slug: 'wohnen', ...published },
    }),
  )
  keep(
    'draftTopic',
    await payload.create({
      ...o,
      collection: 'topics',
      draft: true,
      data: { ...topic, title: 'Entwurf', slug: 'entwurf', _status: 'draft' },
    }),
  )
  keep(
    'photo',
    await payload.create({
      ...o,
      collection: 'media',
      data: { alt: 'Porträt', department: Number(department) },
      file: { data: await samplePng(), mimetype: 'image/png', name: 'portraet.png', size: 0 },
    }),
  )
  const location = keep(
    'location',
    await payload.create({
      ...o,
      collection: 'locations',
      data: {
        name: 'Beratungsstelle Köln',
        slug: 'beratungsstelle-koeln',
        address: { street: 'Musterweg 1', postalCode: '50667', city: 'Köln' },
        coordinates: { lat: 50.94, lon: 6.96 },
        region: Number(region),
        openingHours: [{ day: 'mon', opens: '08:00', closes: '12:00' }],
        department: Number(department),
        ...published,
      },
    }),
  )
  const service = (slug: string, name: string) => ({
    name,
    slug,
    teaser: 'Kurz.',
    description: textToLexical('Einleitung <b>fett?</b>\n\n## Ablauf\n\n- Schritt eins\n- Schritt zwei'),
    department: Number(department),
  })
  keep(
    'draftService',
    await payload.create({
      ...o,
      collection: 'services',
      draft: true,
      data: { ...service('nur-entwurf', 'Entwurf'), _status: 'draft' },
    }),
  )
  keep(
    'service',
    await payload.create({
      ...o,
      collection: 'services',
      data: {
        ...service('budget', 'Persönliches Budget'),
        topics: [Number(ids.topic), Number(ids.draftTopic)],
        locations: [Number(location)],
        relatedServices: [Number(ids.draftService)],
        approval: { approvedBy: 'Frau Beispiel', approvedAt: '2026-02-16' },
        ...published,
      },
    }),
  )
  // Published, then changed in a draft: the snapshot shows the published version.
  keep(
    'changed',
    await payload.create({
      ...o,
      collection: 'services',
      data: { ...service('geaendert', 'Alter Name'), ...published },
    }),
  )
  await payload.update({
    ...o,
    collection: 'services',
    id: ids.changed,
    draft: true,
    data: { name: 'Neuer Name (Entwurf)', _status: 'draft' },
  })
  // Published, then unpublished.
  keep(
    'unpublished',
    await payload.create({
      ...o,
      collection: 'services',
      data: { ...service('zurueckgezogen', 'Zurückgezogen'), ...published },
    }),
  )
  await payload.update({ ...o, collection: 'services', id: ids.unpublished, data: { _status: 'draft' } })

  const person = {
    phone: '0221 9999 100',
    email: 'beratung@demo.lotse.example',
    department: Number(department),
    location: Number(location),
  }
  keep(
    'anonymous',
    await payload.create({
      ...o,
      collection: 'contact-persons',
      data: { ...person, function: 'Beratung', slug: 'beratung', consent: { given: false }, ...published },
    }),
  )
  keep(
    'named',
    await payload.create({
      ...o,
      collection: 'contact-persons',
      data: {
        ...person,
        function: 'Fallmanagerin',
        slug: 'fallmanagerin',
        consent: { given: true, recordedAt: '2025-09-15' },
        name: 'Aylin Demirtaş',
        photo: Number(ids.photo),
        responsibility: {
          services: [Number(ids.service)],
          regions: [Number(region)],
          surnameFrom: 'A',
          surnameTo: 'K',
        },
        ...published,
      },
    }),
  )
  const video = sampleVideo()
  keep(
    'video',
    await payload.create({
      ...o,
      collection: 'video-tutorials',
      data: {
        title: 'Erklärvideo',
        slug: 'erklaervideo',
        description: 'Ein Video.',
        captions: sampleCaptions,
        transcript: 'Hallo und willkommen.',
        durationSeconds: 2,
        services: [Number(ids.service)],
        department: Number(department),
        ...published,
      },
      file: { data: video, mimetype: 'video/webm', name: 'erklaervideo.webm', size: video.length },
    }),
  )
  keep(
    'page',
    await payload.create({
      ...o,
      collection: 'pages',
      data: {
        title: 'Start',
        kind: 'start',
        summary: 'Kurz.',
        content: textToLexical('Willkommen.'),
        video: Number(ids.video),
        slug: 'start',
        department: Number(department),
        ...published,
      },
    }),
  )
  keep(
    'text',
    await payload.create({
      ...o,
      collection: 'easy-language-texts',
      data: {
        title: 'Das Budget',
        slug: 'budget',
        service: Number(ids.service),
        text: 'Sie bekommen Geld.\nSie kaufen Hilfe.',
        review: { reviewedAt: '2026-02-01', reviewedBy: 'Prüfgruppe', remarks: 'intern' },
        department: Number(department),
        ...published,
      },
    }),
  )

  keep(
    'glossaryTerm',
    await payload.create({
      ...o,
      collection: 'glossary-terms',
      data: {
        term: 'Bescheid',
        slug: 'bescheid',
        explanation: 'Ein Bescheid ist ein Brief vom Amt.\nIm Brief steht die Antwort.',
        department: Number(department),
        ...published,
      },
    }),
  )
  await payload.create({
    ...o,
    collection: 'glossary-terms',
    data: {
      term: 'Antrag',
      slug: 'antrag',
      explanation: 'Ein Antrag ist ein Brief an ein Amt.',
      department: Number(department),
    },
    draft: true,
  })

  out = path.join(await mkdtemp(path.join(tmpdir(), 'lotse-snapshot-')), 'snapshot')
  counts = (await exportSnapshot(payload, out)).counts
})

afterAll(async () => {
  if (out) await rm(path.dirname(out), { recursive: true, force: true })
  await cms?.close()
})

describe('exportSnapshot with Payload and SQLite', () => {
  it('exports published documents only', async () => {
    expect(counts).toEqual({
      service: 2,
      easyLanguageText: 1,
      glossaryTerm: 1,
      contactPerson: 2,
      location: 1,
      videoTutorial: 1,
      page: 1,
      topic: 1,
      department: 1,
      region: 1,
    })
    const services = await read('service')
    expect(services.map((s) => [s.slug, s.name])).toEqual([
      ['budget', 'Persönliches Budget'],
      ['geaendert', 'Alter Name'],
    ])
  })

  it('maps a service: rich text as HTML, unpublished references dropped, no internal fields', async () => {
    const [budget] = await read('service')
    expect(budget.id).toBe(ids.service)
    expect(budget.description.html).toBe(
      '<p>Einleitung &lt;b&gt;fett?&lt;/b&gt;</p>\n<h2>Ablauf</h2>\n<ul><li>Schritt eins</li><li>Schritt zwei</li></ul>',
    )
    expect(budget.topics).toEqual([ids.topic])
    expect(budget.relatedServices).toEqual([])
    expect(budget.locations).toEqual([ids.location])
    expect(budget.department).toBe(ids.department)
    expect(budget.approvedAt).toBe('2026-02-16T00:00:00.000Z')
    expect(JSON.stringify(budget)).not.toMatch(/Frau Beispiel|_status|createdAt/)
  })

  it('publishes names and photos only with consent, and links locations back', async () => {
    const people = await read('contactPerson')
    const anonymous = people.find((p) => p.slug === 'beratung')!
    const named = people.find((p) => p.slug === 'fallmanagerin')!
    expect(anonymous).not.toHaveProperty('name')
    expect(named.name).toBe('Aylin Demirtaş')
    expect(named.photo?.url).toMatch(/^\/media\/portraet.*\.webp$/)
    expect(named.responsibility).toEqual({
      services: [ids.service],
      topics: [],
      regions: [ids.region],
      surnameRange: { from: 'A', to: 'K' },
    })
    expect(JSON.stringify(people)).not.toContain('consent')

    const [location] = await read('location')
    expect(location.services).toEqual([ids.service])
    expect(location.contactPersons.sort()).toEqual([ids.anonymous, ids.named].sort())
    expect(location.region).toBe(ids.region)
  })

  it('exports videos, pages and easy-language texts', async () => {
    const [video] = await read('videoTutorial')
    expect(video.file).toMatchObject({
      url: '/videos/erklaervideo.webm',
      filename: 'erklaervideo.webm',
      mimeType: 'video/webm',
    })
    expect(video.file.sizeBytes).toBeGreaterThan(0)
    const [page] = await read('page')
    expect(page).toMatchObject({ video: ids.video, content: { html: '<p>Willkommen.</p>', text: 'Willkommen.' } })
    const [text] = await read('easyLanguageText')
    expect(text).toMatchObject({ service: ids.service, lines: ['Sie bekommen Geld.', 'Sie kaufen Hilfe.'] })
    expect(text.review).toEqual({ reviewedAt: '2026-02-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe' })
    expect(JSON.stringify(text)).not.toMatch(/lsErrors|lsWarnings|stale|sourceVersion/)
  })

  it('exports published Wörterbuch entries only', async () => {
    expect(await read('glossaryTerm')).toEqual([
      {
        id: ids.glossaryTerm,
        slug: 'bescheid',
        term: 'Bescheid',
        explanation: 'Ein Bescheid ist ein Brief vom Amt.\nIm Brief steht die Antwort.',
        department: ids.department,
        updatedAt: expect.any(String),
      },
    ])
  })
})
