/**
 * Published snapshot objects (content-models' public shape) → HSDS 3.0.
 *
 * Pure: the release writer (release.ts) and the live API (plugins/syndication/hsds/endpoints.ts)
 * both feed it the same public objects, so both publish the same HSDS data.
 * Personal data is only what the public shape already holds: a contact
 * person's name is there only with recorded consent.
 */
import type {
  ContactPerson,
  Department,
  Location,
  Region,
  Service,
  Topic,
} from '../../../content-models/schemas/index.ts'
import { urls } from '../../../content-models/urls.ts'
import { hsdsIds, hsdsUuid } from './ids.ts'
import type * as Hsds from './types.generated.ts'

// ---------------------------------------------------------------------------
// HSDS 3.0 objects as Lotse fills them
// ---------------------------------------------------------------------------
//
// The official types (types.generated.ts, from the HSDS 3.0 JSON Schemas) with
// the fields Lotse fills for every object made required and the nested objects
// replaced by Lotse's. The interfaces extend the official types, so TypeScript
// refuses a field HSDS does not have or a value HSDS does not allow.

/** An HSDS type with the fields `K` always there (HSDS leaves most fields optional). */
type Filled<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> }

export type HsdsLanguage = Filled<Hsds.Language, 'name' | 'code'>
export type HsdsPhone = Filled<Hsds.Phone, 'type'>
export type HsdsAddress = Filled<Hsds.Address, 'location_id'>
export type HsdsSchedule = Filled<
  Hsds.Schedule,
  'location_id' | 'freq' | 'wkst' | 'interval' | 'byday' | 'opens_at' | 'closes_at' | 'description'
>
export type HsdsAccessibility = Filled<Hsds.Accessibility, 'location_id' | 'description'>
export type HsdsTaxonomy = Filled<Hsds.Taxonomy, 'uri' | 'version'>
export type HsdsTaxonomyTerm = Filled<Hsds.TaxonomyTerm, 'code' | 'taxonomy' | 'taxonomy_id' | 'language' | 'term_uri'>
export type HsdsRequiredDocument = Filled<Hsds.RequiredDocument, 'service_id' | 'document'>
export type HsdsServiceArea = Filled<Hsds.ServiceArea, 'service_id' | 'name' | 'description'>

export interface HsdsContact extends Filled<Hsds.Contact, 'title' | 'email'> {
  phones: HsdsPhone[]
}

export interface HsdsAttribute extends Filled<
  Hsds.Attribute,
  'link_id' | 'taxonomy_term_id' | 'link_type' | 'link_entity' | 'value'
> {
  taxonomy_term: HsdsTaxonomyTerm
}

export interface HsdsLocation extends Filled<
  Hsds.Location,
  'url' | 'organization_id' | 'name' | 'latitude' | 'longitude'
> {
  languages: HsdsLanguage[]
  addresses: HsdsAddress[]
  contacts: HsdsContact[]
  accessibility: HsdsAccessibility[]
  phones: HsdsPhone[]
  schedules: HsdsSchedule[]
}

/** An organization's one-to-one fields (the shape of list items). */
export type HsdsOrganizationBasic = Filled<Hsds.ApiOrganizationList, 'website' | 'uri'>

export interface HsdsOrganization extends Filled<Hsds.ApiOrganization, 'website' | 'uri'> {
  phones: HsdsPhone[]
  locations: HsdsLocation[]
  /** Basic services by default; full services with `full_service`. */
  services: (HsdsServiceBasic | Omit<HsdsService, 'organization'>)[]
}

/** The fields of a service Lotse always fills. */
type ServiceFields = 'organization_id' | 'description' | 'url' | 'last_modified'

/** A service's one-to-one fields plus its organization (the shape of list items). */
export interface HsdsServiceBasic extends Filled<Hsds.ApiServiceList, ServiceFields> {
  organization: HsdsOrganizationBasic
}

export interface HsdsServiceAtLocation extends Filled<Hsds.ApiServiceAtLocation, 'service_id' | 'location_id'> {
  location: HsdsLocation
  service?: Omit<HsdsService, 'service_at_locations'>
}

export interface HsdsService extends Filled<Hsds.ApiService, ServiceFields> {
  organization: HsdsOrganizationBasic & { phones: HsdsPhone[] }
  phones: HsdsPhone[]
  schedules: HsdsSchedule[]
  service_areas: HsdsServiceArea[]
  service_at_locations: Omit<HsdsServiceAtLocation, 'service'>[]
  languages: HsdsLanguage[]
  required_documents: HsdsRequiredDocument[]
  contacts: HsdsContact[]
  attributes: HsdsAttribute[]
}

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

/** The published items the HSDS data is made from (snapshot files of the same name). */
export interface HsdsSource {
  service: Service[]
  location: Location[]
  contactPerson: ContactPerson[]
  department: Department[]
  topic: Topic[]
  region: Region[]
}

export interface HsdsMapOptions {
  /** Public site address (SITE_URL): service, location and topic pages are linked there. */
  siteUrl: string
}

/** Everything the HSDS API serves, ready to page and filter. Arrays in snapshot (slug) order. */
export interface HsdsDataset {
  services: HsdsService[]
  organizations: HsdsOrganization[]
  serviceAtLocations: HsdsServiceAtLocation[]
  taxonomies: HsdsTaxonomy[]
  taxonomyTerms: HsdsTaxonomyTerm[]
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/** The one taxonomy Lotse publishes: the topic tree (Lebenslagen). */
export const TOPIC_TAXONOMY_NAME = 'Lebenslagen'
export const TOPIC_TAXONOMY_ID = hsdsUuid('taxonomy:lebenslagen')
const TOPIC_TAXONOMY_VERSION = '1'

/** The area every service of the portal serves. */
const SERVICE_AREA = 'Rheinland'
const STATE = 'Nordrhein-Westfalen'
const COUNTRY = 'DE'

/** Language names in German; ISO 639-1, DGS as ISO 639-3 "gsg". */
const languageNames: Record<string, string> = {
  de: 'Deutsch',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
  ru: 'Russisch',
  pl: 'Polnisch',
  uk: 'Ukrainisch',
  fr: 'Französisch',
  it: 'Italienisch',
  es: 'Spanisch',
  el: 'Griechisch',
  fa: 'Persisch',
  ku: 'Kurdisch',
  gsg: 'Deutsche Gebärdensprache (DGS)',
}
const DGS = 'gsg'

/** RFC 5545 day codes (HSDS `byday`) and German names. */
const dayCodes = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' } as const
const dayNames = {
  mon: 'Montag',
  tue: 'Dienstag',
  wed: 'Mittwoch',
  thu: 'Donnerstag',
  fri: 'Freitag',
  sat: 'Samstag',
  sun: 'Sonntag',
} as const

/** Accessibility features of a location, with German descriptions. */
const accessibilityFeatures = [
  ['stepFree', 'Stufenloser Zugang'],
  ['lift', 'Aufzug'],
  ['accessibleToilet', 'Barrierefreie Toilette'],
  ['hearingLoop', 'Induktive Höranlage'],
  ['dgs', 'Beratung in Deutscher Gebärdensprache (DGS)'],
  ['easyLanguage', 'Beratung in Leichter Sprache'],
  ['parking', 'Behindertenparkplatz'],
] as const satisfies readonly (readonly [keyof Location['accessibility'], string])[]

// Site addresses: the site's URL scheme (content-models/urls.ts).
const sitePaths = urls

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Keeps only keys whose value is defined, so that optional fields are left out of the JSON. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

function joinText(...parts: (string | undefined)[]): string | undefined {
  const text = parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join('\n\n')
  return text === '' ? undefined : text
}

function absolute(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
}

function germanList(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`
}

// ---------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------

export function toHsdsOrganizationBasic(department: Department, options: HsdsMapOptions): HsdsOrganizationBasic {
  const website = absolute(options.siteUrl, sitePaths.department(department.slug))
  return compact<HsdsOrganizationBasic>({
    id: hsdsIds.organization(department.id),
    name: department.name,
    alternate_name: department.shortName,
    // HSDS requires a description; a department without one is described by its name.
    description: department.description ?? department.name,
    email: department.email,
    website,
    uri: website,
  })
}

function organizationPhones(department: Department): HsdsPhone[] {
  if (!department.phone) return []
  const id = hsdsIds.organization(department.id)
  return [
    {
      id: hsdsUuid(`phone:organization:${department.id}`),
      organization_id: id,
      number: department.phone,
      type: 'voice',
    },
  ]
}

/** A contact person as an HSDS contact, linked to one owner (service or location). */
function toHsdsContact(
  person: ContactPerson,
  owner: { service_id: string } | { location_id: string },
  ownerKey: string,
  departmentName: string | undefined,
): HsdsContact {
  const id = hsdsUuid(`contact:${ownerKey}:${person.id}`)
  return compact<HsdsContact>({
    id,
    ...owner,
    // The public shape holds a name only when consent is recorded.
    name: person.name,
    title: person.function,
    department: departmentName,
    email: person.email,
    phones: [
      { id: hsdsUuid(`phone:contact:${ownerKey}:${person.id}`), contact_id: id, number: person.phone, type: 'voice' },
    ],
  })
}

function toHsdsSchedules(location: Location): HsdsSchedule[] {
  const locationId = hsdsIds.location(location.id)
  return location.openingHours.map((span, index) =>
    compact<HsdsSchedule>({
      id: hsdsUuid(`schedule:location:${location.id}:${index}`),
      location_id: locationId,
      freq: 'WEEKLY' as const,
      wkst: 'MO' as const,
      interval: 1 as const,
      byday: dayCodes[span.day],
      opens_at: span.opens,
      closes_at: span.closes,
      description: `${dayNames[span.day]} ${span.opens}–${span.closes} Uhr`,
      notes: joinText(span.note, location.openingHoursNote),
    }),
  )
}

function toHsdsAccessibility(location: Location, options: HsdsMapOptions): HsdsAccessibility[] {
  const locationId = hsdsIds.location(location.id)
  const url = absolute(options.siteUrl, sitePaths.location(location.slug))
  const entries: HsdsAccessibility[] = accessibilityFeatures
    .filter(([key]) => location.accessibility[key] === true)
    .map(([key, description]) => ({
      id: hsdsUuid(`accessibility:location:${location.id}:${key}`),
      location_id: locationId,
      description,
      url,
    }))
  if (location.accessibility.note) {
    entries.push({
      id: hsdsUuid(`accessibility:location:${location.id}:note`),
      location_id: locationId,
      description: 'Hinweise zur Barrierefreiheit',
      details: location.accessibility.note,
      url,
    })
  }
  return entries
}

function locationLanguages(location: Location): HsdsLanguage[] {
  const locationId = hsdsIds.location(location.id)
  const languages: HsdsLanguage[] = [
    compact<HsdsLanguage>({
      id: hsdsUuid(`language:location:${location.id}:de`),
      location_id: locationId,
      name: languageNames.de!,
      code: 'de',
      note: location.accessibility.easyLanguage ? 'Beratung auch in Leichter Sprache' : undefined,
    }),
  ]
  if (location.accessibility.dgs) {
    languages.push({
      id: hsdsUuid(`language:location:${location.id}:${DGS}`),
      location_id: locationId,
      name: languageNames[DGS]!,
      code: DGS,
    })
  }
  return languages
}

/** Builds every HSDS object from the published items. */
export function buildHsdsDataset(source: HsdsSource, options: HsdsMapOptions): HsdsDataset {
  const departments = new Map(source.department.map((d) => [d.id, d]))
  const persons = new Map(source.contactPerson.map((p) => [p.id, p]))
  const topics = new Map(source.topic.map((t) => [t.id, t]))
  const regions = new Map(source.region.map((r) => [r.id, r]))
  const locationById = new Map(source.location.map((l) => [l.id, l]))

  const organizationBasic = new Map(source.department.map((d) => [d.id, toHsdsOrganizationBasic(d, options)]))

  // Taxonomy: the topic tree.
  const taxonomy: HsdsTaxonomy = {
    id: TOPIC_TAXONOMY_ID,
    name: TOPIC_TAXONOMY_NAME,
    description: 'Lebenslagen des Beratungsportals: Themen, nach denen die Leistungen geordnet sind.',
    uri: absolute(options.siteUrl, sitePaths.topics()),
    version: TOPIC_TAXONOMY_VERSION,
  }
  const termByTopic = new Map<string, HsdsTaxonomyTerm>()
  for (const topic of source.topic) {
    termByTopic.set(
      topic.id,
      compact<HsdsTaxonomyTerm>({
        id: hsdsIds.taxonomyTerm(topic.id),
        code: topic.slug,
        name: topic.title,
        description: topic.description,
        parent_id: topic.parent && topics.has(topic.parent) ? hsdsIds.taxonomyTerm(topic.parent) : undefined,
        taxonomy: TOPIC_TAXONOMY_NAME,
        taxonomy_id: TOPIC_TAXONOMY_ID,
        language: 'de',
        term_uri: absolute(options.siteUrl, sitePaths.topic(topic.slug)),
      }),
    )
  }

  // Locations, fully nested.
  const locations = new Map<string, HsdsLocation>()
  for (const location of source.location) {
    const id = hsdsIds.location(location.id)
    const region = regions.get(location.region)
    locations.set(
      location.id,
      compact<HsdsLocation>({
        id,
        location_type: 'physical' as const,
        url: absolute(options.siteUrl, sitePaths.location(location.slug)),
        organization_id: hsdsIds.organization(location.department),
        name: location.name,
        transportation: location.publicTransport,
        latitude: location.coordinates.lat,
        longitude: location.coordinates.lon,
        languages: locationLanguages(location),
        addresses: [
          compact<HsdsAddress>({
            id: hsdsUuid(`address:location:${location.id}`),
            location_id: id,
            address_1: location.address.street,
            city: location.address.city,
            region: region?.name,
            state_province: STATE,
            postal_code: location.address.postalCode,
            country: COUNTRY,
            address_type: 'physical' as const,
          }),
        ],
        contacts: location.contactPersons
          .map((pid) => persons.get(pid))
          .filter((p): p is ContactPerson => p !== undefined)
          .map((p) =>
            toHsdsContact(p, { location_id: id }, `location:${location.id}`, departments.get(p.department)?.name),
          ),
        accessibility: toHsdsAccessibility(location, options),
        phones: location.phone
          ? [{ id: hsdsUuid(`phone:location:${location.id}`), location_id: id, number: location.phone, type: 'voice' }]
          : [],
        schedules: toHsdsSchedules(location),
      }),
    )
  }

  // Services, fully nested.
  const services: HsdsService[] = []
  const serviceAtLocations: HsdsServiceAtLocation[] = []
  for (const service of source.service) {
    const id = hsdsIds.service(service.id)
    const department = departments.get(service.department)
    const organization = organizationBasic.get(service.department)
    if (!department || !organization) continue // the snapshot never has this: department is a required reference
    const contactPersons = service.contactPersons
      .map((pid) => persons.get(pid))
      .filter((p): p is ContactPerson => p !== undefined)
    const serviceLocations = service.locations
      .map((lid) => locationById.get(lid))
      .filter((l): l is Location => l !== undefined)

    // Languages: German always, the contact persons' languages, DGS where offered.
    const codes = new Set<string>(['de'])
    for (const p of contactPersons) for (const code of p.languages) codes.add(code)
    const dgs = contactPersons.some((p) => p.dgs) || serviceLocations.some((l) => l.accessibility.dgs)
    const easyLanguage =
      contactPersons.some((p) => p.easyLanguage) || serviceLocations.some((l) => l.accessibility.easyLanguage)
    if (dgs) codes.add(DGS)
    const languages = [...codes].map((code) =>
      compact<HsdsLanguage>({
        id: hsdsUuid(`language:service:${service.id}:${code}`),
        service_id: id,
        name: languageNames[code] ?? code,
        code,
        note: code === 'de' && easyLanguage ? 'Beratung auch in Leichter Sprache' : undefined,
      }),
    )
    const foreign = [...codes].filter((c) => c !== 'de' && c !== DGS).map((c) => languageNames[c] ?? c)
    const interpretation = [
      dgs ? 'Beratung in Deutscher Gebärdensprache (DGS) möglich.' : undefined,
      easyLanguage ? 'Beratung in Leichter Sprache möglich.' : undefined,
      foreign.length > 0 ? `Beratung auch auf ${germanList(foreign)} möglich.` : undefined,
    ]
      .filter(Boolean)
      .join(' ')

    const attributes: HsdsAttribute[] = service.topics
      .map((tid) => termByTopic.get(tid))
      .filter((t): t is HsdsTaxonomyTerm => t !== undefined)
      .map((term) => ({
        id: hsdsUuid(`attribute:service:${service.id}:${term.id}`),
        link_id: id,
        taxonomy_term_id: term.id,
        link_type: 'service',
        link_entity: 'service',
        value: term.name,
        taxonomy_term: term,
      }))

    const basic: Omit<HsdsServiceBasic, 'organization'> = compact<Omit<HsdsServiceBasic, 'organization'>>({
      id,
      organization_id: organization.id,
      name: service.name,
      description: joinText(service.teaser, service.description.text) ?? service.teaser,
      url: absolute(options.siteUrl, sitePaths.service(service.slug)),
      status: 'active' as const,
      interpretation_services: interpretation || undefined,
      application_process: joinText(
        service.procedure?.text,
        ...service.forms.map((f) => `${f.kind === 'online' ? 'Online-Dienst' : 'Formular'}: ${f.title} (${f.url})`),
      ),
      fees_description: service.costs,
      eligibility_description: joinText(
        service.audience ? `Zielgruppe: ${service.audience}` : undefined,
        service.requirements?.text,
      ),
      alert: service.deadlines ? `Fristen: ${service.deadlines}` : undefined,
      // The date of the subject-matter approval (fachliche Freigabe); who approved is internal.
      assured_date: service.approvedAt?.slice(0, 10),
      last_modified: service.updatedAt,
    })

    const sals = serviceLocations.map((location) =>
      compact<Omit<HsdsServiceAtLocation, 'service'>>({
        id: hsdsIds.serviceAtLocation(service.id, location.id),
        service_id: id,
        location_id: hsdsIds.location(location.id),
        description: `${service.name} – ${location.name}`,
        location: locations.get(location.id)!,
      }),
    )

    const full: HsdsService = {
      ...basic,
      organization: { ...organization, phones: organizationPhones(department) },
      phones: [],
      schedules: [],
      service_areas: [
        {
          id: hsdsUuid(`service_area:service:${service.id}`),
          service_id: id,
          name: SERVICE_AREA,
          description: 'Das Gebiet des Landschaftsverbands Rheinland.',
        },
      ],
      service_at_locations: sals,
      languages,
      required_documents: service.documents.map((doc, index) =>
        compact<HsdsRequiredDocument>({
          id: hsdsUuid(`required_document:service:${service.id}:${index}`),
          service_id: id,
          document: doc.note ? `${doc.name} (${doc.note})` : doc.name,
        }),
      ),
      contacts: contactPersons.map((p) =>
        toHsdsContact(p, { service_id: id }, `service:${service.id}`, departments.get(p.department)?.name),
      ),
      attributes,
    }
    services.push(full)
    const { service_at_locations: _nested, ...serviceWithoutSals } = full
    for (const sal of sals) serviceAtLocations.push({ ...sal, service: serviceWithoutSals })
  }

  // Organizations: their locations and (basic) services.
  const organizations: HsdsOrganization[] = source.department.map((department) => {
    const basic = organizationBasic.get(department.id)!
    return {
      ...basic,
      phones: organizationPhones(department),
      locations: source.location.filter((l) => l.department === department.id).map((l) => locations.get(l.id)!),
      services: services.filter((s) => s.organization_id === basic.id).map(toHsdsServiceBasic),
    }
  })

  return {
    services,
    organizations,
    serviceAtLocations,
    taxonomies: [taxonomy],
    taxonomyTerms: [...termByTopic.values()],
  }
}

// ---------------------------------------------------------------------------
// Projections for lists
// ---------------------------------------------------------------------------

const serviceBasicKeys = [
  'id',
  'organization_id',
  'name',
  'description',
  'url',
  'status',
  'interpretation_services',
  'application_process',
  'fees_description',
  'eligibility_description',
  'alert',
  'assured_date',
  'last_modified',
] as const satisfies readonly (keyof HsdsServiceBasic)[]

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return compact(Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>)
}

/** A service as a list item: one-to-one fields and its organization's. */
export function toHsdsServiceBasic(service: HsdsService): HsdsServiceBasic {
  const { phones: _phones, ...organization } = service.organization
  return { ...pick(service, serviceBasicKeys), organization }
}

/** An organization as a list item: its one-to-one fields. */
export function toHsdsOrganizationListItem(organization: HsdsOrganization): HsdsOrganizationBasic {
  return pick(organization, ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'uri'])
}

/** An organization with its services fully nested (`full_service`). */
export function withFullServices(organization: HsdsOrganization, dataset: HsdsDataset): HsdsOrganization {
  return {
    ...organization,
    services: dataset.services
      .filter((s) => s.organization_id === organization.id)
      .map(({ organization: _org, ...service }) => service),
  }
}

/** A service_at_location as a list item: its ids, description, and the one-to-one fields of location and service. */
export function toHsdsServiceAtLocationListItem(sal: HsdsServiceAtLocation) {
  const location = pick(sal.location, [
    'id',
    'location_type',
    'url',
    'organization_id',
    'name',
    'description',
    'transportation',
    'latitude',
    'longitude',
  ])
  const service = sal.service ? pick(sal.service, serviceBasicKeys) : undefined
  return compact({
    id: sal.id,
    service_id: sal.service_id,
    location_id: sal.location_id,
    description: sal.description,
    location,
    service,
  })
}
