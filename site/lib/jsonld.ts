/**
 * schema.org data (JSON-LD) for services, offices, contact points and videos,
 * built from snapshot items only (never from anything a visitor sent).
 */
import { t } from '../i18n/index.ts'
import { AREA_SERVED, SPRACHNIVEAU } from './constants.ts'
import { isoDuration } from './format.ts'
import type {
  ContactPerson,
  Department,
  Location,
  Region,
  Service,
  Snapshot,
  Topic,
  VideoTutorial,
} from './snapshot.ts'
import { resolve } from './snapshot.ts'
import { absoluteUrl, urls } from './urls.ts'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined }
export type JsonLdNode = { [key: string]: Json | undefined }

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so that no text can close the element. */
export function serializeJsonLd(data: JsonLdNode): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

const schemaDays = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
} as const

export function organization(department: Department): JsonLdNode {
  return {
    '@type': 'GovernmentOrganization',
    '@id': absoluteUrl(urls.department(department.slug)) + '#dezernat',
    name: department.name,
    url: absoluteUrl(urls.department(department.slug)),
    email: department.email,
    telephone: department.phone,
  }
}

export function postalAddress(location: Location): JsonLdNode {
  return {
    '@type': 'PostalAddress',
    streetAddress: location.address.street,
    postalCode: location.address.postalCode,
    addressLocality: location.address.city,
    addressCountry: 'DE',
  }
}

function place(location: Location): JsonLdNode {
  return {
    '@type': 'Place',
    name: location.name,
    url: absoluteUrl(urls.location(location.slug)),
    address: postalAddress(location),
    geo: { '@type': 'GeoCoordinates', latitude: location.coordinates.lat, longitude: location.coordinates.lon },
  }
}

/** Languages of a contact person: ISO codes, plus German Sign Language when offered. */
function availableLanguages(contact: ContactPerson): Json[] {
  const languages: Json[] = contact.languages.length > 0 ? [...contact.languages] : ['de']
  if (contact.dgs) languages.push({ '@type': 'Language', name: t('badge.dgsLong'), alternateName: 'gsg' })
  if (contact.easyLanguage) languages.push({ '@type': 'Language', name: SPRACHNIVEAU.easy })
  return languages
}

export function contactPoint(contact: ContactPerson, regions: Region[]): JsonLdNode {
  return {
    '@type': 'ContactPoint',
    '@id': absoluteUrl(urls.contact(contact.slug)),
    name: contact.name ?? contact.function,
    contactType: contact.function,
    telephone: contact.phone,
    email: contact.email,
    availableLanguage: availableLanguages(contact),
    areaServed:
      regions.length > 0
        ? regions.map((region) => ({ '@type': 'AdministrativeArea', name: region.name }))
        : { '@type': 'AdministrativeArea', name: AREA_SERVED },
    url: absoluteUrl(urls.contact(contact.slug)),
  }
}

export function governmentService(snapshot: Snapshot, service: Service): JsonLdNode {
  const department = snapshot.departments.byId.get(service.department)
  const topics: Topic[] = resolve(service.topics, snapshot.topics.byId)
  const contacts = resolve(service.contactPersons, snapshot.contactPersons.byId)
  const locations = resolve(service.locations, snapshot.locations.byId)
  const channels: JsonLdNode[] = [
    ...contacts.map((contact) => ({
      '@type': 'ServiceChannel',
      name: contact.function,
      servicePhone: contactPoint(contact, resolve(contact.responsibility.regions, snapshot.regions.byId)),
    })),
    ...locations.map((location) => ({
      '@type': 'ServiceChannel',
      name: location.name,
      serviceLocation: place(location),
    })),
    ...service.forms
      .filter((form) => form.kind === 'online')
      .map((form) => ({ '@type': 'ServiceChannel', name: form.title, serviceUrl: form.url })),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': absoluteUrl(urls.service(service.slug)) + '#leistung',
    name: service.name,
    description: service.teaser,
    url: absoluteUrl(urls.service(service.slug)),
    serviceType: topics.length > 0 ? topics.map((topic) => topic.title) : service.name,
    provider: department ? organization(department) : undefined,
    areaServed: { '@type': 'AdministrativeArea', name: AREA_SERVED },
    audience: service.audience ? { '@type': 'Audience', audienceType: service.audience } : undefined,
    availableChannel: channels.length > 0 ? channels : undefined,
    identifier: service.leikaKey
      ? { '@type': 'PropertyValue', propertyID: 'LeiKa', value: service.leikaKey }
      : undefined,
    dateModified: service.updatedAt,
  }
}

export function governmentOffice(snapshot: Snapshot, location: Location, featureNames: { name: string }[]): JsonLdNode {
  const department = snapshot.departments.byId.get(location.department)
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': absoluteUrl(urls.location(location.slug)) + '#standort',
    name: location.name,
    url: absoluteUrl(urls.location(location.slug)),
    address: postalAddress(location),
    geo: { '@type': 'GeoCoordinates', latitude: location.coordinates.lat, longitude: location.coordinates.lon },
    telephone: location.phone,
    email: location.email,
    openingHoursSpecification: location.openingHours.map((span) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: schemaDays[span.day],
      opens: span.opens,
      closes: span.closes,
      description: span.note,
    })),
    amenityFeature: featureNames.map((feature) => ({
      '@type': 'LocationFeatureSpecification',
      name: feature.name,
      value: true,
    })),
    parentOrganization: department ? organization(department) : undefined,
  }
}

export function contactList(snapshot: Snapshot, contacts: ContactPerson[]): JsonLdNode {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: t('contacts.title'),
    numberOfItems: contacts.length,
    itemListElement: contacts.map((contact, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: contactPoint(contact, resolve(contact.responsibility.regions, snapshot.regions.byId)),
    })),
  }
}

export function videoObject(video: VideoTutorial): JsonLdNode {
  const languages: Json[] = ['de']
  if (video.dgs) languages.push('gsg')
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    '@id': absoluteUrl(urls.video(video.slug)) + '#video',
    name: video.title,
    description: video.description,
    url: absoluteUrl(urls.video(video.slug)),
    thumbnailUrl: video.poster ? absoluteUrl(video.poster.url) : undefined,
    uploadDate: video.updatedAt,
    duration: isoDuration(video.durationSeconds),
    contentUrl: absoluteUrl(video.file.url),
    encodingFormat: video.file.mimeType,
    contentSize: `${video.file.sizeBytes} B`,
    transcript: video.transcript,
    inLanguage: languages.length === 1 ? languages[0] : languages,
    caption: {
      '@type': 'MediaObject',
      contentUrl: absoluteUrl(urls.videoCaptions(video.slug)),
      encodingFormat: 'text/vtt',
      inLanguage: 'de',
    },
  }
}
