import { describe, expect, it } from 'vitest'
import {
  findRegion,
  kreisOf,
  matchContacts,
  nearestLocations,
  nearestMunicipality,
  normalizeName,
  servicesOf,
  suggestRegions,
  surnameLetter,
  topicSubtree,
  type FinderContact,
  type FinderData,
  type FinderLocation,
} from './finder.ts'

const contact = (id: string, fields: Partial<FinderContact>): FinderContact => ({
  id,
  slug: `c-${id}`,
  function: `Funktion ${id}`,
  phone: '0221 9999 000',
  email: `${id}@demo.lotse.example`,
  dgs: false,
  easyLanguage: false,
  services: [],
  topics: [],
  regions: [],
  ...fields,
})

const location = (id: string, lat: number, lon: number, fields: Partial<FinderLocation> = {}): FinderLocation => ({
  id,
  slug: `l-${id}`,
  name: `Standort ${id}`,
  street: 'Hauptstraße 1',
  postalCode: '50667',
  city: 'Köln',
  region: 'koeln',
  lat,
  lon,
  hours: [],
  features: [],
  services: [],
  ...fields,
})

const data: FinderData = {
  regions: [
    { id: 'koeln', slug: 'koeln', name: 'Köln', kind: 'kreisfreie-stadt', lat: 50.9381, lon: 6.9571 },
    { id: 'duesseldorf', slug: 'duesseldorf', name: 'Düsseldorf', kind: 'kreisfreie-stadt', lat: 51.2242, lon: 6.7801 },
    { id: 'wesel-kreis', slug: 'kreis-wesel', name: 'Kreis Wesel', kind: 'kreis', lat: 51.6, lon: 6.6 },
    { id: 'wesel', slug: 'wesel', name: 'Wesel', kind: 'gemeinde', kreis: 'wesel-kreis', lat: 51.6587, lon: 6.6178 },
    { id: 'moers', slug: 'moers', name: 'Moers', kind: 'gemeinde', kreis: 'wesel-kreis', lat: 51.4516, lon: 6.6262 },
    {
      id: 'muelheim',
      slug: 'muelheim-an-der-ruhr',
      name: 'Mülheim an der Ruhr',
      kind: 'kreisfreie-stadt',
      lat: 51.4281,
      lon: 6.885,
    },
  ],
  topics: [
    { id: 'arbeit', slug: 'arbeit-und-beruf', title: 'Arbeit und Beruf' },
    { id: 'arbeit-finden', slug: 'arbeit-finden', title: 'Arbeit finden', parent: 'arbeit' },
    { id: 'wohnen', slug: 'wohnen', title: 'Wohnen' },
  ],
  services: [
    { id: 'assistenz', slug: 'assistenz', name: 'Assistenz im eigenen Wohnraum', topics: ['wohnen'] },
    { id: 'budget-arbeit', slug: 'budget-fuer-arbeit', name: 'Budget für Arbeit', topics: ['arbeit-finden'] },
    { id: 'werkstatt', slug: 'werkstatt', name: 'Werkstatt', topics: ['arbeit'] },
  ],
  contacts: [
    contact('koeln-lz', { topics: ['wohnen'], regions: ['koeln'], surnames: { from: 'L', to: 'Z' } }),
    contact('koeln-ak', { topics: ['wohnen'], regions: ['koeln'], surnames: { from: 'A', to: 'K' } }),
    contact('wesel', { services: ['assistenz'], regions: ['wesel-kreis'] }),
    contact('moers-only', { topics: ['wohnen'], regions: ['moers'] }),
    contact('rheinland', { topics: ['arbeit-finden'], services: ['budget-arbeit'] }),
    contact('topics-only', { topics: ['wohnen'], regions: ['duesseldorf'] }),
  ],
  locations: [],
}

const regionsById = new Map(data.regions.map((region) => [region.id, region]))
const region = (id: string) => regionsById.get(id)!
const ids = (matches: { contact: FinderContact }[]) => matches.map((m) => m.contact.id)

describe('region lookup', () => {
  it('finds a municipality whatever the case, accents or ae/oe/ue spelling', () => {
    expect(findRegion(data.regions, 'köln')?.id).toBe('koeln')
    expect(findRegion(data.regions, ' Koeln ')?.id).toBe('koeln')
    expect(findRegion(data.regions, 'Muelheim an der Ruhr')?.id).toBe('muelheim')
    expect(findRegion(data.regions, 'Kölm')).toBeUndefined()
    expect(findRegion(data.regions, '')).toBeUndefined()
    expect(normalizeName('Düsseldorf')).toBe(normalizeName('Duesseldorf'))
  })

  it('suggests names starting with the text first, then containing it, then close misspellings', () => {
    expect(suggestRegions(data.regions, 'wes').map((r) => r.name)).toEqual(['Kreis Wesel', 'Wesel'])
    expect(suggestRegions(data.regions, 'ruhr').map((r) => r.name)).toEqual(['Mülheim an der Ruhr'])
    expect(suggestRegions(data.regions, 'Kölm').map((r) => r.name)).toContain('Köln')
    expect(suggestRegions(data.regions, 'xyzxyz')).toEqual([])
  })

  it('puts a gemeinde into its Kreis and leaves a kreisfreie Stadt as it is', () => {
    expect(kreisOf(region('moers'), regionsById).id).toBe('wesel-kreis')
    expect(kreisOf(region('koeln'), regionsById).id).toBe('koeln')
  })

  it('takes the municipality nearest to a position, never a Kreis centroid', () => {
    expect(nearestMunicipality(data.regions, { lat: 51.61, lon: 6.6 })?.id).toBe('wesel')
  })
})

describe('surname letter', () => {
  it('reads the first letter as A–Z and folds umlauts', () => {
    expect(surnameLetter('müller')).toBe('M')
    expect(surnameLetter('Özdemir')).toBe('O')
    expect(surnameLetter('  k')).toBe('K')
    expect(surnameLetter('')).toBeUndefined()
    expect(surnameLetter('1')).toBeUndefined()
  })
})

describe('responsibility', () => {
  it('chooses the Köln contact by the surname letter', () => {
    const subject = { kind: 'topic', id: 'wohnen' } as const
    expect(ids(matchContacts(data, { subject, region: region('koeln'), letter: 'M' }))).toEqual(['koeln-lz'])
    expect(ids(matchContacts(data, { subject, region: region('koeln'), letter: 'K' }))).toEqual(['koeln-ak'])
    // Without a letter both ranges are listed, A–K first.
    expect(ids(matchContacts(data, { subject, region: region('koeln') }))).toEqual(['koeln-ak', 'koeln-lz'])
  })

  it('covers the municipalities of a Kreis named in the responsibility', () => {
    const subject = { kind: 'topic', id: 'wohnen' } as const
    expect(ids(matchContacts(data, { subject, region: region('wesel') }))).toEqual(['wesel'])
    expect(ids(matchContacts(data, { subject, region: region('moers') }))).toEqual(['moers-only', 'wesel'])
    // On a Kreis page, a contact for one of its towns is listed after the ones for the whole Kreis.
    const onKreis = matchContacts(data, { subject, region: region('wesel-kreis') })
    expect(onKreis.map((m) => [m.contact.id, m.scope])).toEqual([
      ['wesel', 'local'],
      ['moers-only', 'part'],
    ])
  })

  it('matches a topic through its subtopics and its services, and whole-Rheinland contacts everywhere', () => {
    const matches = matchContacts(data, { subject: { kind: 'topic', id: 'arbeit' }, region: region('koeln') })
    expect(matches.map((m) => [m.contact.id, m.scope, m.direct])).toEqual([['rheinland', 'all', true]])
  })

  it('matches a service directly, and contacts who name only topics through the topic of the service', () => {
    const subject = { kind: 'service', id: 'assistenz' } as const
    expect(ids(matchContacts(data, { subject, region: region('wesel') }))).toEqual(['wesel'])
    expect(ids(matchContacts(data, { subject, region: region('duesseldorf') }))).toEqual(['topics-only'])
    expect(
      ids(matchContacts(data, { subject: { kind: 'service', id: 'werkstatt' }, region: region('koeln') })),
    ).toEqual([])
  })

  it('lists the services of a topic and its subtopics', () => {
    expect([...topicSubtree(data.topics, 'arbeit')].sort()).toEqual(['arbeit', 'arbeit-finden'])
    expect(servicesOf(data, { kind: 'topic', id: 'arbeit' }).map((s) => s.id)).toEqual(['budget-arbeit', 'werkstatt'])
    expect(servicesOf(data, { kind: 'service', id: 'assistenz' }).map((s) => s.id)).toEqual(['assistenz'])
  })
})

describe('nearest locations', () => {
  const locations = [
    location('bonn', 50.7342, 7.0992, { services: ['assistenz'], features: ['stepFree'] }),
    location('koeln', 50.9381, 6.9571, { services: ['werkstatt'], features: ['stepFree', 'hearingLoop'] }),
    location('wesel', 51.6587, 6.6178, { services: ['assistenz'], features: ['stepFree', 'hearingLoop', 'dgs'] }),
  ]

  it('sorts by distance from the position', () => {
    const found = nearestLocations(locations, { from: { lat: 50.94, lon: 6.96 } })
    expect(found.map((f) => f.item.id)).toEqual(['koeln', 'bonn', 'wesel'])
    expect(found[0]!.km).toBeLessThan(1)
  })

  it('keeps only locations offering one of the services and having every feature', () => {
    const from = { lat: 50.94, lon: 6.96 }
    expect(nearestLocations(locations, { from, services: ['assistenz'] }).map((f) => f.item.id)).toEqual([
      'bonn',
      'wesel',
    ])
    expect(nearestLocations(locations, { from, features: ['hearingLoop', 'dgs'] }).map((f) => f.item.id)).toEqual([
      'wesel',
    ])
    expect(nearestLocations(locations, { from, services: ['none'] })).toEqual([])
  })
})
