import { describe, expect, it } from 'vitest'
import { buildSnapshot } from '../../../cms/export/export.ts'
import * as fixture from '../../../cms/export/test-fixtures.ts'
import type { PublishedDocs } from '../../../cms/export/map.ts'
import { HsdsValidator, hsdsSchemasAvailable } from '../../../tests/helpers/hsds.ts'
import { hsdsIds, hsdsUuid, isUuid, uuidV5 } from './ids.ts'
import {
  buildHsdsDataset,
  toHsdsOrganizationListItem,
  toHsdsServiceAtLocationListItem,
  toHsdsServiceBasic,
  TOPIC_TAXONOMY_ID,
  type HsdsSource,
} from './toHsds.ts'

const siteUrl = 'https://beratung.example'

/** The public snapshot objects made from CMS fixture documents, the same way the export makes them. */
function source(over: Partial<PublishedDocs> = {}): HsdsSource {
  const items = buildSnapshot(fixture.publishedDocs(over))
  return {
    service: items.service,
    location: items.location,
    contactPerson: items.contactPerson,
    department: items.department,
    topic: items.topic,
    region: items.region,
  } as unknown as HsdsSource
}

describe('HSDS ids', () => {
  it('computes RFC 9562 version-5 UUIDs', () => {
    // The DNS namespace example of RFC 9562 / Python's uuid.uuid5.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
  })

  it('derives the same version-5 UUID from the same name, and different ones from different names', () => {
    const id = hsdsUuid('service:40')
    expect(id).toBe(hsdsUuid('service:40'))
    expect(id).not.toBe(hsdsUuid('service:41'))
    expect(isUuid(id)).toBe(true)
    expect(id[14]).toBe('5')
    expect(['8', '9', 'a', 'b']).toContain(id[19])
    // Pinned: a changed namespace or name scheme would break every partner's stored ids.
    expect(hsdsIds.service('40')).toBe(id)
    expect(id).toBe('ffa7d9bc-ec85-5efe-9dee-80f7bd82f025')
  })

  it('keeps ids of different types apart', () => {
    expect(hsdsIds.service('1')).not.toBe(hsdsIds.location('1'))
    expect(hsdsIds.organization('1')).not.toBe(hsdsIds.taxonomyTerm('1'))
  })
})

describe('HSDS mapping', () => {
  it('maps a service with its organization, locations, schedules, accessibility, contacts and topics', () => {
    const dataset = buildHsdsDataset(source(), { siteUrl })
    expect(dataset.services).toHaveLength(1)
    const service = dataset.services[0]!
    expect(service.id).toBe(hsdsIds.service('40'))
    expect(service.name).toBe('Persönliches Budget')
    expect(service.status).toBe('active')
    expect(service.url).toBe('https://beratung.example/leistungen/persoenliches-budget/')
    expect(service.description).toContain('Geld statt Sachleistung.')
    expect(service.description).toContain('Das Persönliche Budget ist eine besondere Form.')
    expect(service.fees_description).toBe('Kostenfrei.')
    expect(service.eligibility_description).toBe('Zielgruppe: Menschen mit Behinderung.')
    expect(service.application_process).toContain('Online-Dienst: Antrag online (https://demo.lotse.example/antrag)')
    expect(service.assured_date).toBe('2026-02-16')
    expect(service.last_modified).toBe('2026-01-20T09:30:00.000Z')
    expect(service.organization_id).toBe(hsdsIds.organization('1'))
    expect(service.organization.name).toBe('Soziales')
    expect(service.required_documents.map((d) => d.document)).toEqual(['Antrag'])

    expect(service.service_at_locations).toHaveLength(1)
    const sal = service.service_at_locations[0]!
    expect(sal.id).toBe(hsdsIds.serviceAtLocation('40', '60'))
    expect(sal.location_id).toBe(hsdsIds.location('60'))
    const location = sal.location
    expect(location.latitude).toBe(50.9375)
    expect(location.addresses).toEqual([
      expect.objectContaining({
        address_1: 'Kennedy-Ufer 2',
        postal_code: '50679',
        city: 'Köln',
        region: 'Köln',
        state_province: 'Nordrhein-Westfalen',
        country: 'DE',
        address_type: 'physical',
      }),
    ])
    expect(location.schedules.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at])).toEqual([
      ['WEEKLY', 'MO', '08:00', '12:00'],
      ['WEEKLY', 'MO', '13:00', '16:00'],
    ])
    expect(location.schedules[1]!.notes).toBe('nur mit Termin')
    expect(location.schedules[0]!.description).toBe('Montag 08:00–12:00 Uhr')
    expect(location.accessibility.map((a) => a.description)).toEqual([
      'Stufenloser Zugang',
      'Aufzug',
      'Barrierefreie Toilette',
    ])
    expect(location.phones.map((p) => p.number)).toEqual(['0221 9999 100'])

    expect(service.contacts).toEqual([
      expect.objectContaining({
        service_id: service.id,
        name: 'Aylin Demirtaş',
        title: 'Fallmanagerin Eingliederungshilfe Köln',
        email: 'fallmanagement@demo.lotse.example',
        phones: [expect.objectContaining({ number: '0221 9999 111' })],
      }),
    ])
    expect(service.languages.map((l) => l.code)).toEqual(['de', 'tr'])
    expect(service.interpretation_services).toBe(
      'Beratung in Leichter Sprache möglich. Beratung auch auf Türkisch möglich.',
    )

    expect(service.attributes).toEqual([
      expect.objectContaining({
        link_id: service.id,
        link_entity: 'service',
        taxonomy_term_id: hsdsIds.taxonomyTerm('20'),
        taxonomy_term: expect.objectContaining({ name: 'Wohnen', taxonomy_id: TOPIC_TAXONOMY_ID }),
      }),
    ])
  })

  it('never gives a contact person’s name without recorded consent', () => {
    const person = fixture.contactPerson({ consent: { given: false } })
    const dataset = buildHsdsDataset(source({ 'contact-persons': [person] }), { siteUrl })
    const contacts = [
      ...dataset.services[0]!.contacts,
      ...dataset.organizations.flatMap((o) => o.locations.flatMap((l) => l.contacts)),
    ]
    expect(contacts.length).toBeGreaterThan(1)
    for (const contact of contacts) expect(contact).not.toHaveProperty('name')
    expect(JSON.stringify(dataset)).not.toContain('Aylin')
  })

  it('marks DGS as a language and in the interpretation services', () => {
    const dataset = buildHsdsDataset(
      source({ locations: [fixture.location({ accessibility: { dgs: true, easyLanguage: false } })] }),
      { siteUrl },
    )
    const service = dataset.services[0]!
    expect(service.languages.map((l) => l.code)).toContain('gsg')
    expect(service.interpretation_services).toContain('Deutscher Gebärdensprache (DGS)')
    expect(service.service_at_locations[0]!.location.accessibility.map((a) => a.description)).toEqual([
      'Beratung in Deutscher Gebärdensprache (DGS)',
    ])
  })

  it('builds the topic taxonomy as a tree', () => {
    const parent = fixture.topic({ id: 21, slug: 'alltag', title: 'Alltag' })
    const child = fixture.topic({ parent: 21 })
    const dataset = buildHsdsDataset(source({ topics: [parent, child] }), { siteUrl })
    expect(dataset.taxonomies).toEqual([expect.objectContaining({ id: TOPIC_TAXONOMY_ID, name: 'Lebenslagen' })])
    const byCode = new Map(dataset.taxonomyTerms.map((t) => [t.code, t]))
    expect(byCode.get('alltag')!.parent_id).toBeUndefined()
    expect(byCode.get('wohnen')!.parent_id).toBe(hsdsIds.taxonomyTerm('21'))
    expect(byCode.get('wohnen')!.term_uri).toBe('https://beratung.example/themen/wohnen/')
  })

  it('gives each organization its locations and basic services', () => {
    const dataset = buildHsdsDataset(source(), { siteUrl })
    expect(dataset.organizations).toHaveLength(1)
    const organization = dataset.organizations[0]!
    expect(organization.description).toBe('Soziales') // no description: falls back to the name
    expect(organization.website).toBe('https://beratung.example/dezernate/soziales/')
    expect(organization.locations.map((l) => l.id)).toEqual([hsdsIds.location('60')])
    expect(organization.services).toEqual([toHsdsServiceBasic(dataset.services[0]!)])
  })

  it('makes list items with one-to-one fields only', () => {
    const dataset = buildHsdsDataset(source(), { siteUrl })
    const item = toHsdsServiceBasic(dataset.services[0]!)
    expect(item).not.toHaveProperty('service_at_locations')
    expect(item).not.toHaveProperty('contacts')
    expect(item.organization).not.toHaveProperty('phones')
    expect(Object.keys(toHsdsOrganizationListItem(dataset.organizations[0]!))).not.toContain('services')
    const sal = toHsdsServiceAtLocationListItem(dataset.serviceAtLocations[0]!)
    expect(sal.location).not.toHaveProperty('schedules')
    expect(sal.service).not.toHaveProperty('contacts')
  })

  it.runIf(hsdsSchemasAvailable())(
    'produces objects that pass the HSDS 3.0 schemas',
    () => {
      const validator = new HsdsValidator()
      const dataset = buildHsdsDataset(
        source({ departments: [fixture.department({ description: 'Eingliederungshilfe.', phone: '0221 809-0' })] }),
        { siteUrl },
      )
      for (const service of dataset.services) expect(validator.errors('service', service)).toEqual([])
      for (const organization of dataset.organizations)
        expect(validator.errors('organization', organization)).toEqual([])
      for (const sal of dataset.serviceAtLocations) expect(validator.errors('service_at_location', sal)).toEqual([])
      for (const term of dataset.taxonomyTerms) expect(validator.errors('taxonomy_term', term)).toEqual([])
      // The check can fail: an invented field is refused.
      expect(validator.errors('service', { ...dataset.services[0], lotse_slug: 'x' })).not.toEqual([])
    },
    60_000,
  )
})
