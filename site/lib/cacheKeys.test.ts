import { describe, expect, it } from 'vitest'
import { easyLanguageCacheKey, locationCacheKey, serviceCacheKey } from './cacheKeys.ts'
import { readSnapshot, type Snapshot } from './snapshot.ts'
import { useSnapshotFolders, type SnapshotItems } from './testSnapshot.ts'

const at = '2026-01-20T09:30:00.000Z'
const writeSnapshot = useSnapshotFolders(at)

type Items = SnapshotItems

const snapshotOf = (items: Items): Snapshot => readSnapshot(writeSnapshot(items))

const rich = (text: string) => ({ html: `<p>${text}</p>`, text })
const department = { id: '1', slug: 'soziales', name: 'Dezernat Soziales', updatedAt: at }
const contact = {
  id: '7',
  slug: 'beratung',
  function: 'Beratung',
  phone: '0221 5550 100',
  email: 'beratung@demo.lotse.example',
  department: '1',
  responsibility: {},
  updatedAt: at,
}
const service = (id: string, name: string, extra: object = {}) => ({
  id,
  slug: name.toLowerCase(),
  name,
  teaser: `${name} kurz.`,
  description: rich(`${name} lang.`),
  department: '1',
  updatedAt: at,
  ...extra,
})
const location = {
  id: '4',
  slug: 'deutz',
  name: 'Beratungsstelle Deutz',
  address: { street: 'Musterweg 1', postalCode: '50679', city: 'Köln' },
  coordinates: { lat: 50.94, lon: 6.97 },
  region: '8',
  accessibility: {
    stepFree: true,
    lift: true,
    accessibleToilet: true,
    hearingLoop: false,
    dgs: false,
    easyLanguage: true,
    parking: false,
  },
  bookable: false,
  services: [],
  contactPersons: [],
  department: '1',
  updatedAt: at,
}
const region = {
  id: '8',
  slug: 'koeln',
  name: 'Köln',
  kind: 'kreisfreie-stadt',
  kreisKey: '05315',
  coordinates: { lat: 50.94, lon: 6.96 },
  updatedAt: at,
}
const easy = {
  id: '9',
  slug: 'assistenz-ls',
  title: 'Hilfe',
  service: '1',
  lines: ['Satz.'],
  department: '1',
  updatedAt: at,
}

/**
 * The world of these tests: Assistenz (with a contact, a location and a
 * Leichte-Sprache text), Fahrdienst (related to Assistenz), Zuschuss.
 */
const base = (changes: { services?: object[]; contact?: object; easy?: object } = {}): Items => ({
  department: [department],
  contactPerson: [{ ...contact, ...changes.contact }],
  location: [location],
  region: [region],
  service: changes.services ?? [
    service('1', 'Assistenz', { contactPersons: ['7'], locations: ['4'] }),
    service('2', 'Fahrdienst', { relatedServices: ['1'] }),
    service('3', 'Zuschuss'),
  ],
  easyLanguageText: [{ ...easy, ...changes.easy }],
})

const keys = (snapshot: Snapshot): Record<string, string> => ({
  ...Object.fromEntries(snapshot.services.all.map((s) => [s.name, serviceCacheKey(snapshot, s)])),
  easy: easyLanguageCacheKey(snapshot, snapshot.easyLanguageTexts.all[0]!),
  location: locationCacheKey(snapshot, snapshot.locations.all[0]!),
})

describe('cache keys of the incremental build', () => {
  it('are stable for the same content', () => {
    expect(keys(snapshotOf(base()))).toEqual(keys(snapshotOf(base())))
  })

  it('a changed service changes its own key, its Leichte-Sprache text, services that list it as related and its location', () => {
    const before = keys(snapshotOf(base()))
    const after = keys(
      snapshotOf(
        base({
          services: [
            service('1', 'Assistenz', { contactPersons: ['7'], locations: ['4'], teaser: 'Neu.' }),
            service('2', 'Fahrdienst', { relatedServices: ['1'] }),
            service('3', 'Zuschuss'),
          ],
        }),
      ),
    )
    expect(after.Assistenz).not.toBe(before.Assistenz)
    expect(after.easy).not.toBe(before.easy)
    expect(after.Fahrdienst).not.toBe(before.Fahrdienst)
    expect(after.location).not.toBe(before.location)
    expect(after.Zuschuss).toBe(before.Zuschuss)
  })

  it('a service that is not offered at a location leaves the location key as it was', () => {
    const before = keys(snapshotOf(base()))
    const after = keys(
      snapshotOf(
        base({
          services: [
            service('1', 'Assistenz', { contactPersons: ['7'], locations: ['4'] }),
            service('2', 'Fahrdienst', { relatedServices: ['1'] }),
            service('3', 'Zuschuss', { teaser: 'Neu.' }),
          ],
        }),
      ),
    )
    expect(after.Zuschuss).not.toBe(before.Zuschuss)
    expect(after.location).toBe(before.location)
  })

  it('a changed Leichte-Sprache text changes its key and its service (which links to it)', () => {
    const before = keys(snapshotOf(base()))
    const after = keys(snapshotOf(base({ easy: { slug: 'assistenz-leicht' } })))
    expect(after.easy).not.toBe(before.easy)
    expect(after.Assistenz).not.toBe(before.Assistenz)
    expect(after.Zuschuss).toBe(before.Zuschuss)
  })

  it('a change to shared content (a contact) or to the CMS address changes every key', () => {
    const before = keys(snapshotOf(base()))
    const after = keys(snapshotOf(base({ contact: { phone: '0221 5550 199' } })))
    for (const name of Object.keys(before)) expect(after[name], name).not.toBe(before[name])
    const saved = process.env.CMS_URL
    process.env.CMS_URL = 'https://cms.example.org'
    try {
      const moved = keys(snapshotOf(base()))
      for (const name of Object.keys(before)) expect(moved[name], name).not.toBe(before[name])
    } finally {
      if (saved === undefined) delete process.env.CMS_URL
      else process.env.CMS_URL = saved
    }
  })

  it('a related service that is no longer published changes the key of the service listing it', () => {
    const before = keys(snapshotOf(base()))
    const after = keys(
      snapshotOf(
        base({
          services: [service('2', 'Fahrdienst', { relatedServices: ['1'] }), service('3', 'Zuschuss')],
        }),
      ),
    )
    expect(after.Fahrdienst).not.toBe(before.Fahrdienst)
    expect(after.Zuschuss).toBe(before.Zuschuss)
  })
})
