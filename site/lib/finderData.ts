/**
 * The compact data of the finder and near-me islands, made from the snapshot
 * at build time (served as /daten/finder.json and used by the static result
 * pages). Only public fields: everything here is already on public pages.
 */
import { FILTER_FEATURES, type FinderData, type FinderLocation } from './finder.ts'
import { defineDerived } from './renderContext.ts'
import { serviceName, topicTitle } from './labels.ts'
import type { Snapshot } from './snapshot.ts'

/** Features shown with a location in the finder (keys of the location schema): all of them can be filtered. */
const SHOWN_FEATURES = FILTER_FEATURES

export function finderData(snapshot: Snapshot): FinderData {
  const published = (ids: readonly string[], map: Map<string, unknown>) => ids.filter((id) => map.has(id))
  return {
    regions: snapshot.regions.all.map((region) => ({
      id: region.id,
      slug: region.slug,
      name: region.name,
      kind: region.kind,
      ...(region.kreis ? { kreis: region.kreis } : {}),
      lat: region.coordinates.lat,
      lon: region.coordinates.lon,
    })),
    topics: snapshot.topics.all.map((topic) => ({
      id: topic.id,
      slug: topic.slug,
      title: topic.title,
      ...(topicTitle(topic, 'easy') !== topic.title ? { titleEasy: topicTitle(topic, 'easy') } : {}),
      ...(topic.parent && snapshot.topics.byId.has(topic.parent) ? { parent: topic.parent } : {}),
    })),
    services: snapshot.services.all.map((service) => ({
      id: service.id,
      slug: service.slug,
      name: service.name,
      ...(serviceName(service, snapshot, 'easy') !== service.name
        ? { nameEasy: serviceName(service, snapshot, 'easy') }
        : {}),
      ...(snapshot.easyLanguageByService.get(service.id)
        ? { easy: snapshot.easyLanguageByService.get(service.id)!.slug }
        : {}),
      topics: published(service.topics, snapshot.topics.byId),
    })),
    contacts: snapshot.contactPersons.all.map((contact) => ({
      id: contact.id,
      slug: contact.slug,
      function: contact.function,
      ...(contact.functionEasyLanguage ? { functionEasy: contact.functionEasyLanguage } : {}),
      ...(contact.name ? { name: contact.name } : {}),
      phone: contact.phone,
      email: contact.email,
      dgs: contact.dgs,
      easyLanguage: contact.easyLanguage,
      services: published(contact.responsibility.services, snapshot.services.byId),
      topics: published(contact.responsibility.topics, snapshot.topics.byId),
      regions: published(contact.responsibility.regions, snapshot.regions.byId),
      ...(contact.responsibility.surnameRange ? { surnames: contact.responsibility.surnameRange } : {}),
      ...(contact.location && snapshot.locations.byId.has(contact.location) ? { location: contact.location } : {}),
    })),
    locations: snapshot.locations.all.map((location): FinderLocation => ({
      id: location.id,
      slug: location.slug,
      name: location.name,
      street: location.address.street,
      postalCode: location.address.postalCode,
      city: location.address.city,
      region: location.region,
      ...(location.phone ? { phone: location.phone } : {}),
      lat: location.coordinates.lat,
      lon: location.coordinates.lon,
      hours: location.openingHours.map((span) => ({
        day: span.day,
        opens: span.opens,
        closes: span.closes,
        ...(span.note ? { note: span.note } : {}),
      })),
      features: SHOWN_FEATURES.filter((feature) => location.accessibility[feature]),
      services: (snapshot.servicesByLocation.get(location.id) ?? []).map((service) => service.id),
    })),
  }
}

/**
 * finderData() once per snapshot (many static pages use it). A page that uses
 * it depends on the finder's data as a whole (lib/renderContext.ts), not on
 * every item it is made from: a change to a service's text leaves it alone.
 */
export const getFinderData: (snapshot: Snapshot) => FinderData = defineDerived('finderData', finderData)
