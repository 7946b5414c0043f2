import { describe, expect, it } from 'vitest'
import {
  createMapContext,
  toPublicContactPerson,
  toPublicEasyLanguageText,
  toPublicGlossaryTerm,
  toPublicLocation,
  toPublicPage,
  toPublicRegion,
  toPublicService,
  toPublicTopic,
  toPublicVideoTutorial,
} from './map.ts'
import { schemas } from '../../content-models/schemas/index.ts'
import * as fx from './test-fixtures.ts'

describe('contact persons', () => {
  it('publishes name and photo with given and recorded consent, never the consent record', () => {
    const ctx = createMapContext(fx.publishedDocs())
    const result = toPublicContactPerson(fx.contactPerson(), ctx)
    expect(result.name).toBe('Aylin Demirtaş')
    expect(result.photo).toEqual({
      id: '30',
      url: '/media/aylin.webp',
      alt: 'Porträt von Aylin Demirtaş',
      width: 800,
      height: 600,
      mimeType: 'image/webp',
    })
    expect(result).not.toHaveProperty('consent')
    expect(JSON.stringify(result)).not.toContain('2025-09-15')
    expect(result.responsibility).toEqual({
      services: ['40'],
      topics: ['20'],
      regions: ['10'],
      surnameRange: { from: 'A', to: 'K' },
    })
    expect(schemas.contactPerson.parse(result)).toEqual(result)
  })

  it.each([
    ['no consent', { given: false, recordedAt: null }],
    ['consent given but not recorded', { given: true, recordedAt: null }],
    ['recorded date without consent', { given: false, recordedAt: '2025-09-15T00:00:00.000Z' }],
    ['no consent group', undefined],
  ])('drops name and photo with %s', (_label, consent) => {
    const ctx = createMapContext(fx.publishedDocs())
    const result = toPublicContactPerson(fx.contactPerson({ consent }), ctx)
    expect(result).not.toHaveProperty('name')
    expect(result).not.toHaveProperty('photo')
    expect(result.function).toBe('Fallmanagerin Eingliederungshilfe Köln')
    expect(JSON.stringify(result)).not.toContain('Aylin')
    expect(schemas.contactPerson.safeParse(result).success).toBe(true)
  })

  it('drops a photo whose media item is missing, and an empty surname range', () => {
    const ctx = createMapContext(fx.publishedDocs({ media: [] }))
    const result = toPublicContactPerson(
      fx.contactPerson({ responsibility: { regions: [], surnameFrom: '', surnameTo: null } }),
      ctx,
    )
    expect(result).not.toHaveProperty('photo')
    expect(result.responsibility).toEqual({ services: [], topics: [], regions: [] })
  })
})

describe('references', () => {
  // Published: service 40, topic 20, contact person 50, location 60, video 70, page 80, region 10, department 1.
  const ctx = createMapContext(fx.publishedDocs())

  it('drops references to unpublished or unknown items and keeps order without duplicates', () => {
    const result = toPublicService(
      fx.service({
        topics: [21, 20, 20, fx.topic({ id: 20 })],
        contactPersons: [51, 50],
        locations: [60, 61],
        relatedServices: [40, 41, 999],
      }),
      ctx,
    )
    expect(result.topics).toEqual(['20'])
    expect(result.contactPersons).toEqual(['50'])
    expect(result.locations).toEqual(['60'])
    expect(result.relatedServices).toEqual([]) // 40 is the service itself, the others are not published
  })

  it('drops single references to unpublished items', () => {
    expect(toPublicPage(fx.page({ video: 71 }), ctx)).not.toHaveProperty('video')
    expect(toPublicTopic(fx.topic({ parent: 22 }), ctx)).not.toHaveProperty('parent')
    expect(toPublicEasyLanguageText(fx.easyLanguageText({ service: 41 }), ctx)).not.toHaveProperty('service')
    expect(toPublicContactPerson(fx.contactPerson({ location: 61 }), ctx)).not.toHaveProperty('location')
    expect(toPublicRegion(fx.region({ kind: 'gemeinde', kreis: 11 }), ctx)).not.toHaveProperty('kreis')
    expect(toPublicVideoTutorial(fx.video({ services: [41, 40] }), ctx).services).toEqual(['40'])
  })

  it('leaves a required reference empty when its target is not published, so validation names it', () => {
    const result = toPublicLocation(fx.location({ region: 12 }), ctx)
    expect(result).not.toHaveProperty('region')
    const parsed = schemas.location.safeParse(result)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['region'])
  })

  it('computes the services and contact persons of a location from published items only', () => {
    const docs = fx.publishedDocs({
      services: [
        fx.service(),
        fx.service({ id: 42, slug: 'zweite', locations: [60] }),
        fx.service({ id: 43, slug: 'dritte', locations: [61] }),
      ],
      'contact-persons': [fx.contactPerson(), fx.contactPerson({ id: 52, slug: 'andere', location: 61 })],
    })
    // The stored join (offeredServices: 40, 999) is not used: it does not know about publication.
    const result = toPublicLocation(fx.location(), createMapContext(docs))
    expect(result.services).toEqual(['40', '42'])
    expect(result.contactPersons).toEqual(['50'])
    expect(result).not.toHaveProperty('offeredServices')
  })
})

describe('field mapping', () => {
  const ctx = createMapContext(fx.publishedDocs())

  it('maps a service with rich text, dates and no internal fields', () => {
    const result = schemas.service.parse(toPublicService(fx.service(), ctx))
    expect(result.id).toBe('40')
    expect(result.description.html).toBe(
      '<p>Das Persönliche Budget ist eine besondere Form.</p>\n<ul><li>Assistenz</li><li>Mobilität</li></ul>',
    )
    expect(result.description.text).toBe('Das Persönliche Budget ist eine besondere Form.\n\n- Assistenz\n- Mobilität')
    expect(result.approvedAt).toBe('2026-02-16T00:00:00.000Z')
    expect(result.documents).toEqual([{ name: 'Antrag' }])
    expect(result).not.toHaveProperty('requirements')
    for (const internal of ['approval', 'approvedBy', '_status', 'createdAt'])
      expect(result).not.toHaveProperty(internal)
    expect(JSON.stringify(result)).not.toContain('Erika')
  })

  it('splits easy-language text into trimmed lines and keeps only when and by whom of the review', () => {
    const result = toPublicEasyLanguageText(fx.easyLanguageText(), ctx)
    expect(result.lines).toEqual(['Sie bekommen Geld.', 'Sie kaufen die Hilfe selbst.', 'Das ist gut.'])
    expect(result.review).toEqual({ reviewedAt: '2026-02-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' })
    expect(result.glossary).toEqual([{ term: 'Budget', explanation: 'Ein Budget ist Geld für einen Zweck.' }])
    expect(JSON.stringify(result)).not.toMatch(/Satz 3|v-123|remarks|sourceVersion/)
    const unreviewed = toPublicEasyLanguageText(fx.easyLanguageText({ review: { reviewedBy: 'x' } }), ctx)
    expect(unreviewed).not.toHaveProperty('review')
  })

  it('keeps the checker counts, the stale flag and the reviewers’ overrides out of the easy-language text', () => {
    const doc = fx.easyLanguageText({
      lsErrors: 0,
      lsWarnings: 2,
      stale: true,
      overrides: [
        {
          id: 'o1',
          rule: 'number',
          excerpt: '2026',
          reason: 'Die Jahreszahl ist für die Leser wichtig.',
          recordedBy: 7,
          recordedAt: '2026-03-01T00:00:00.000Z',
        },
      ],
    })
    const result = toPublicEasyLanguageText(doc, ctx)
    expect(JSON.stringify(result)).not.toMatch(/lsErrors|lsWarnings|stale|overrides|Jahreszahl|recordedBy/)
    expect(schemas.easyLanguageText.parse(result)).toEqual(result)
  })

  it('maps a Wörterbuch entry with its explanation as trimmed lines', () => {
    const result = toPublicGlossaryTerm(fx.glossaryTerm(), ctx)
    expect(result).toEqual({
      id: '95',
      slug: 'bescheid',
      term: 'Bescheid',
      explanation: 'Ein Bescheid ist ein Brief vom Amt.\nIm Brief steht die Antwort.',
      department: '1',
      updatedAt: '2026-01-20T09:30:00.000Z',
    })
    expect(schemas.glossaryTerm.parse(result)).toEqual(result)
    expect(schemas.glossaryTerm.safeParse({ ...result, _status: 'published' }).success).toBe(false)
  })

  it('builds video and poster URLs from file names', () => {
    const result = toPublicVideoTutorial(fx.video(), ctx)
    expect(result.file).toEqual({
      url: '/videos/website-in-gebaerdensprache.webm',
      filename: 'website-in-gebaerdensprache.webm',
      mimeType: 'video/webm',
      sizeBytes: 123456,
    })
    expect(result.poster?.url).toBe('/media/aylin.webp')
    expect(JSON.stringify(result)).not.toContain('/api/')
    expect(toPublicVideoTutorial(fx.video({ filename: 'mit leerzeichen.mp4' }), ctx).file.url).toBe(
      '/videos/mit%20leerzeichen.mp4',
    )
  })

  it('maps every fixture to a valid public item', () => {
    const docs = fx.publishedDocs()
    const c = createMapContext(docs)
    expect(schemas.location.parse(toPublicLocation(docs.locations[0], c)).openingHours[1]).toEqual({
      day: 'mon',
      opens: '13:00',
      closes: '16:00',
      note: 'nur mit Termin',
    })
    expect(schemas.location.parse(toPublicLocation(docs.locations[0], c)).accessibility).toEqual({
      stepFree: true,
      lift: true,
      accessibleToilet: true,
      hearingLoop: false,
      dgs: false,
      easyLanguage: false,
      parking: false,
    })
    expect(schemas.page.parse(toPublicPage(docs.pages[0], c)).content.html).toBe(
      '<h2>Inhalt</h2>\n<p>Hier sehen Sie das Video.</p>',
    )
    expect(schemas.topic.parse(toPublicTopic(docs.topics[0], c)).order).toBe(1)
    expect(schemas.region.parse(toPublicRegion(docs.regions[0], c)).coordinates).toEqual({ lat: 50.9375, lon: 6.9603 })
    expect(schemas.videoTutorial.safeParse(toPublicVideoTutorial(docs['video-tutorials'][0], c)).success).toBe(true)
    expect(
      schemas.easyLanguageText.safeParse(toPublicEasyLanguageText(docs['easy-language-texts'][0], c)).success,
    ).toBe(true)
  })
})
