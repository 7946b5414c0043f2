/**
 * "Wer hilft mir?" and "Standorte in meiner Nähe": who is responsible for a
 * topic or service in a municipality (and for a surname), and which locations
 * offering it are nearest. The same functions run at build time (the static
 * result pages) and in the browser (the islands), on the compact data that
 * /daten/finder.json carries; see finderData.ts for how it is made.
 */
import { byDistance, type OpeningSpan, type Position } from './geo.ts'
import { DISTRICTS, POSTCODE_RANGES, POSTCODES, postcodeTown } from './places.ts'

export type RegionKind = 'kreis' | 'kreisfreie-stadt' | 'gemeinde'

export interface FinderRegion extends Position {
  id: string
  slug: string
  name: string
  kind: RegionKind
  /** For a gemeinde: id of its Kreis. */
  kreis?: string
}

export interface FinderTopic {
  id: string
  slug: string
  title: string
  /** The title in Leichte Sprache, where there is one (lib/labels.ts). */
  titleEasy?: string
  parent?: string
}

export interface FinderService {
  id: string
  slug: string
  name: string
  /** The name in Leichte Sprache, where there is one (lib/labels.ts). */
  nameEasy?: string
  /** Slug of the service's text in Leichte Sprache, if there is one. */
  easy?: string
  topics: string[]
}

export interface FinderContact {
  id: string
  slug: string
  function: string
  /** The function in Leichte Sprache, for the finder in Leichte Sprache. */
  functionEasy?: string
  name?: string
  phone: string
  email: string
  dgs: boolean
  easyLanguage: boolean
  services: string[]
  topics: string[]
  /** Region ids; empty means the whole Rheinland. */
  regions: string[]
  /** First and last letter of the surnames, when the region is split. */
  surnames?: { from: string; to: string }
  location?: string
}

/** Accessibility features a visitor can filter by: every feature the location cards show (keys of the location schema). */
export const FILTER_FEATURES = [
  'stepFree',
  'lift',
  'accessibleToilet',
  'hearingLoop',
  'dgs',
  'easyLanguage',
  'parking',
] as const
export type FilterFeature = (typeof FILTER_FEATURES)[number]

export interface FinderLocation extends Position {
  id: string
  slug: string
  name: string
  street: string
  postalCode: string
  city: string
  region: string
  phone?: string
  hours: OpeningSpan[]
  /** Accessibility features the location has (keys of the location schema). */
  features: string[]
  services: string[]
}

export interface FinderData {
  regions: FinderRegion[]
  topics: FinderTopic[]
  services: FinderService[]
  contacts: FinderContact[]
  locations: FinderLocation[]
}

/** What the citizen asks about: a topic (life situation) or a single service. */
export type Subject = { kind: 'topic'; id: string } | { kind: 'service'; id: string }

/** Lower case without accents, ß as ss and ae/oe/ue as plain vowels, so that "Koeln" finds "Köln". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/([aou])e/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** A municipality's name without its addition: "Mülheim an der Ruhr" → "mulheim", "Langenfeld (Rheinland)" → "langenfeld". */
function baseName(name: string): string {
  return normalizeName(name.replace(/\s*\(.*\)$/, '').replace(/\s+(an der|am|im|in der|bei)\s+.*$/i, ''))
}

/** The districts by their normalised name. */
let districtIndex: Map<string, string> | undefined
function districtTown(wanted: string): string | undefined {
  districtIndex ??= new Map(Object.entries(DISTRICTS).map(([district, town]) => [normalizeName(district), town]))
  return districtIndex.get(wanted)
}

/**
 * The region a person means (ignoring case, accents and spacing): its name;
 * a postcode ("50667", also "50667 Köln"); the name without its addition
 * ("Mülheim" for Mülheim an der Ruhr); a city district ("Beuel"); or
 * "Town-District" ("Bonn-Beuel", "Köln Deutz"). See places.ts for the lists.
 */
export function findRegion(regions: readonly FinderRegion[], text: string): FinderRegion | undefined {
  const wanted = normalizeName(text)
  if (!wanted) return undefined
  const exact = regions.find((region) => normalizeName(region.name) === wanted)
  if (exact) return exact
  const named = (name: string | undefined) => (name ? regions.find((region) => region.name === name) : undefined)
  const towns = regions.filter((region) => region.kind !== 'kreis')
  const postcode = text.trim().match(/^(\d{5})(?:\s+(.*))?$/)
  if (postcode) return named(postcodeTown(postcode[1]!)) ?? (postcode[2] ? findRegion(regions, postcode[2]) : undefined)
  const bases = towns.filter((region) => baseName(region.name) === wanted)
  if (bases.length === 1) return bases[0]
  const district = named(districtTown(wanted))
  if (district) return district
  // "Bonn-Beuel", "Bergisch Gladbach-Bensberg": the longest leading part that names a town.
  const parts = text.trim().split(/[-\s]+/)
  for (let n = parts.length - 1; n >= 1; n--) {
    const key = normalizeName(parts.slice(0, n).join(' '))
    const town = towns.find((region) => normalizeName(region.name) === key)
    if (town) return town
  }
  return undefined
}

/** Towns whose postcodes start with the typed digits (at least three). */
function townsByPostcode(digits: string): string[] {
  if (!/^\d{3,5}$/.test(digits)) return []
  const low = Number(digits.padEnd(5, '0'))
  const high = Number(digits.padEnd(5, '9'))
  const names = new Set<string>()
  for (const [from, to, town] of POSTCODE_RANGES) if (from <= high && to >= low) names.add(town)
  for (const [code, town] of Object.entries(POSTCODES)) if (code.startsWith(digits)) names.add(town)
  return [...names]
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

const collator = new Intl.Collator('de', { sensitivity: 'base' })

/**
 * Regions to suggest for what was typed: names starting with it, then names
 * containing it, then the towns of postcodes and districts starting with it;
 * when nothing matches, names within two typing errors.
 */
export function suggestRegions(regions: readonly FinderRegion[], text: string, limit = 8): FinderRegion[] {
  const wanted = normalizeName(text)
  if (!wanted) return []
  const named = regions.map((region) => ({ region, key: normalizeName(region.name) }))
  const sorted = (list: typeof named) => list.sort((a, b) => collator.compare(a.region.name, b.region.name))
  const starts = sorted(named.filter(({ key }) => key.startsWith(wanted) || key.includes(` ${wanted}`)))
  const contains = sorted(named.filter(({ key }) => !starts.some((s) => s.key === key) && key.includes(wanted)))
  let found = [...starts, ...contains]
  // Postcodes and districts lead to their town (when no town's name starts with the text).
  const byName = new Map(named.map((entry) => [entry.region.name, entry]))
  const extra =
    starts.length > 0
      ? []
      : [
          ...townsByPostcode(text.trim()),
          ...Object.entries(DISTRICTS)
            .filter(([district]) => normalizeName(district).startsWith(wanted))
            .map(([, town]) => town),
        ]
  for (const name of extra) {
    const entry = byName.get(name)
    if (entry && !found.includes(entry)) found.push(entry)
  }
  if (found.length === 0) {
    found = named
      .map((entry) => ({ ...entry, distance: editDistance(wanted, entry.key.slice(0, wanted.length + 1)) }))
      .filter((entry) => entry.distance <= 2)
      .sort((a, b) => a.distance - b.distance || collator.compare(a.region.name, b.region.name))
  }
  return found.slice(0, limit).map(({ region }) => region)
}

/** The Kreis (or kreisfreie Stadt) a region belongs to: the region itself unless it is a gemeinde. */
export function kreisOf(region: FinderRegion, regionsById: ReadonlyMap<string, FinderRegion>): FinderRegion {
  return (region.kind === 'gemeinde' && region.kreis && regionsById.get(region.kreis)) || region
}

/** The Kreise and kreisfreie Städte, the units of the static pages. */
export function kreise(regions: readonly FinderRegion[]): FinderRegion[] {
  return regions.filter((region) => region.kind !== 'gemeinde')
}

/** The region nearest to a position among municipalities and kreisfreie Städte (centroids). */
export function nearestMunicipality(regions: readonly FinderRegion[], at: Position): FinderRegion | undefined {
  return byDistance(
    regions.filter((region) => region.kind !== 'kreis'),
    at,
    (region) => region,
  )[0]?.item
}

/** The topic and all topics below it. */
export function topicSubtree(topics: readonly FinderTopic[], id: string): Set<string> {
  const ids = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const topic of topics) {
      if (topic.parent && ids.has(topic.parent) && !ids.has(topic.id)) {
        ids.add(topic.id)
        grew = true
      }
    }
  }
  return ids
}

/** The topic and the topics above it. */
function topicAncestors(topics: readonly FinderTopic[], id: string): Set<string> {
  const byId = new Map(topics.map((topic) => [topic.id, topic]))
  const ids = new Set<string>()
  let current = byId.get(id)
  while (current && !ids.has(current.id)) {
    ids.add(current.id)
    current = current.parent ? byId.get(current.parent) : undefined
  }
  return ids
}

/** The services a subject stands for: the services of the topic and its subtopics, or the one service. */
export function servicesOf(data: FinderData, subject: Subject): FinderService[] {
  if (subject.kind === 'service') return data.services.filter((service) => service.id === subject.id)
  const ids = topicSubtree(data.topics, subject.id)
  return data.services.filter((service) => service.topics.some((topic) => ids.has(topic)))
}

/** The first letter of a surname as A–Z (Ä → A, Ö → O, Ü → U), or undefined. */
export function surnameLetter(text: string | undefined | null): string | undefined {
  const letter = (text ?? '')
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase()
  return /^[A-Z]$/.test(letter) ? letter : undefined
}

/** How far the contact's region reaches, most specific first. */
export type Scope = 'local' | 'part' | 'all'

export interface ContactMatch {
  contact: FinderContact
  /** 'local': responsible for the region or its Kreis; 'part': for part of the Kreis; 'all': the whole Rheinland. */
  scope: Scope
  /** Responsible for the topic or service itself (not only through one of the topic's services). */
  direct: boolean
}

export interface ContactQuery {
  subject: Subject
  /** A municipality, kreisfreie Stadt or Kreis. */
  region: FinderRegion
  /** First letter of the applicant's surname, A–Z; without it every surname range is listed. */
  letter?: string
}

const scopeRank: Record<Scope, number> = { local: 0, part: 1, all: 2 }

/**
 * The contact persons responsible for a subject in a region, most specific
 * first. A topic matches contacts responsible for it, a topic below it, or a
 * service in it; a service matches contacts responsible for it, and contacts
 * who name topics only, when one of them is a topic of the service. A Kreis in
 * a contact's regions covers its municipalities; no regions means the whole
 * Rheinland. With a letter, contacts for other surname ranges are left out.
 */
export function matchContacts(data: FinderData, query: ContactQuery): ContactMatch[] {
  const regionsById = new Map(data.regions.map((region) => [region.id, region]))
  const kreis = kreisOf(query.region, regionsById)
  const letter = surnameLetter(query.letter)

  let topicIds: Set<string>
  let serviceIds: Set<string>
  if (query.subject.kind === 'topic') {
    topicIds = topicSubtree(data.topics, query.subject.id)
    serviceIds = new Set(servicesOf(data, query.subject).map((service) => service.id))
  } else {
    serviceIds = new Set([query.subject.id])
    const service = data.services.find((s) => s.id === query.subject.id)
    topicIds = new Set((service?.topics ?? []).flatMap((id) => [...topicAncestors(data.topics, id)]))
  }

  const matches: ContactMatch[] = []
  for (const contact of data.contacts) {
    let direct: boolean
    if (query.subject.kind === 'topic') {
      direct = contact.topics.some((id) => topicIds.has(id))
      if (!direct && !contact.services.some((id) => serviceIds.has(id))) continue
    } else {
      direct = contact.services.includes(query.subject.id)
      if (!direct && !(contact.services.length === 0 && contact.topics.some((id) => topicIds.has(id)))) continue
    }

    let scope: Scope
    if (contact.regions.length === 0) scope = 'all'
    else if (contact.regions.includes(query.region.id) || contact.regions.includes(kreis.id)) scope = 'local'
    else if (
      query.region.kind === 'kreis' &&
      contact.regions.some((id) => regionsById.get(id)?.kreis === query.region.id)
    )
      scope = 'part'
    else continue

    if (letter && contact.surnames && (letter < contact.surnames.from || letter > contact.surnames.to)) continue
    matches.push({ contact, scope, direct })
  }
  return matches.sort(
    (a, b) =>
      scopeRank[a.scope] - scopeRank[b.scope] ||
      Number(b.direct) - Number(a.direct) ||
      (a.contact.surnames?.from ?? '').localeCompare(b.contact.surnames?.from ?? '') ||
      collator.compare(a.contact.function, b.contact.function),
  )
}

export interface LocationQuery {
  from: Position
  /** Only locations offering at least one of these services (all locations when undefined). */
  services?: readonly string[]
  /** Only locations with every one of these features. */
  features?: readonly string[]
}

/** Locations sorted by distance from a position, filtered by services and accessibility features. */
export function nearestLocations(
  locations: readonly FinderLocation[],
  query: LocationQuery,
): { item: FinderLocation; km: number }[] {
  const services = query.services ? new Set(query.services) : undefined
  const features = query.features ?? []
  const fitting = locations.filter(
    (location) =>
      (!services || location.services.some((id) => services.has(id))) &&
      features.every((feature) => location.features.includes(feature)),
  )
  return byDistance(fitting, query.from, (location) => location)
}
