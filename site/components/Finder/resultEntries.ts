/**
 * The result entries of the finder and near-me islands. Their markup is not
 * written here: each island's page holds a <template> per card, rendered by the
 * same Astro components as the static finder pages (FinderContact,
 * FinderLocation); the island clones it and fills the parts marked
 * `data-slot`. Only textContent and addresses are set: no data ends up as markup.
 */
import { mailUrl, telUrl } from '../../../content-models/urls.ts'
import type { ContactMatch, FinderLocation, FinderRegion } from '../../lib/finder.ts'
import { formatKm, spansOn, weekdayInGermany } from '../../lib/geo.ts'

/** UI texts, rendered into data-messages from the i18n files. */
export interface IslandMessages {
  suggestionsCount: string
  locating: string
  located: string
  locateError: string
  errorSubject: string
  errorPlaceEmpty: string
  errorPlaceUnknown: string
  didYouMean: string
  dataError: string
  status: string
  contactsOne: string
  contactsMany: string
  locationsOne: string
  locationsMany: string
  noContacts: string
  noLocations: string
  scopeAll: string
  scopeRegions: string
  surnames: string
  contactUrl: string
  distance: string
  todayOpen: string
  todayClosed: string
  timeRange: string
  and: string
  statusOne: string
  statusMany: string
  statusNone: string
  myPosition: string
  /** Feature names by key. */
  feature: Record<string, string>
  /** Address patterns with {slug}. */
  locationUrl: string
  serviceUrl: string
  /** The service's text in Leichte Sprache, preferred in the Leichte-Sprache finder. */
  easyServiceUrl: string
  /** The page is in Leichte Sprache: functions and service links in Leichte Sprache where there are. */
  easy: boolean
}

export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** The result templates of an island, rendered by the same components as the static pages. */
export interface CardTemplates {
  /** `<template data-finder-template="contact">`: FinderContact with every optional part. */
  contact?: HTMLTemplateElement
  /** `<template data-finder-template="location">`: FinderLocation as the islands show it. */
  location: HTMLTemplateElement
}

/** Finds the island's card templates (FinderContact and FinderLocation in `template` mode). */
export function cardTemplates(root: HTMLElement, island: string): CardTemplates {
  const find = (kind: string) => root.querySelector<HTMLTemplateElement>(`template[data-finder-template="${kind}"]`)
  const location = find('location')
  if (!location) throw new Error(`${island}: the markup has no location card template`)
  return { contact: find('contact') ?? undefined, location }
}

/** A copy of the template's card (in the template's document: no globals, so the tests can use any DOM). */
function cloneCard(template: HTMLTemplateElement): HTMLLIElement {
  const card = template.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined
  if (card?.tagName !== 'LI') throw new Error('Finder: a card template holds no <li>')
  return card as HTMLLIElement
}

/** The part of a cloned card marked `data-slot="name"`. */
function slot<T extends HTMLElement = HTMLElement>(card: HTMLElement, name: string): T {
  const found = card.querySelector<T>(`[data-slot="${name}"]`)
  if (!found) throw new Error(`Finder: the card template has no [data-slot="${name}"]`)
  return found
}

/** Removes an element with the whitespace after it (the space between two badges). */
function removeWithSpace(node: Element | null): void {
  if (!node) return
  const next = node.nextSibling
  if (next?.nodeType === 3 /* text */ && !next.textContent?.trim()) next.remove()
  node.remove()
}

/** One responsible contact: a copy of the FinderContact template, filled. */
export function contactItem(
  template: HTMLTemplateElement,
  match: ContactMatch,
  m: IslandMessages,
  regionsById: Map<string, FinderRegion>,
): HTMLLIElement {
  const { contact } = match
  const title = (m.easy && contact.functionEasy) || contact.function
  const item = cloneCard(template)
  item.dataset.contact = contact.slug
  slot(item, 'function').textContent = title
  if (contact.name) slot(item, 'name').textContent = contact.name
  else slot(item, 'name').remove()
  const scope = slot(item, 'scope')
  const surnames = slot(item, 'surnames')
  const regions = contact.regions.map((id) => regionsById.get(id)?.name).filter(Boolean)
  scope.replaceChildren(regions.length === 0 ? m.scopeAll : fill(m.scopeRegions, { regions: regions.join(', ') }))
  if (contact.surnames) {
    surnames.textContent = fill(m.surnames, contact.surnames)
    scope.append(', ', surnames)
  }
  const badges = slot(item, 'badges')
  if (!contact.dgs && !contact.easyLanguage) badges.remove()
  else {
    if (!contact.dgs) removeWithSpace(badges.querySelector('.badge--dgs'))
    if (!contact.easyLanguage) badges.querySelector('.badge--easy')?.remove()
  }
  const phone = slot<HTMLAnchorElement>(item, 'phone')
  phone.href = telUrl(contact.phone)
  phone.textContent = contact.phone
  const email = slot<HTMLAnchorElement>(item, 'email')
  email.href = mailUrl(contact.email)
  email.textContent = contact.email
  slot<HTMLAnchorElement>(item, 'details').href = fill(m.contactUrl, { slug: contact.slug })
  slot(item, 'details-function').textContent = `: ${title}`
  return item
}

/** Today's opening hours in words ("Heute geöffnet: 08:00 bis 12:00 Uhr und …"). */
export function todayText(location: FinderLocation, m: IslandMessages, now = new Date()): string {
  const spans = spansOn(location.hours, weekdayInGermany(now))
  if (spans.length === 0) return m.todayClosed
  const hours = spans.map((span) => fill(m.timeRange, { opens: span.opens, closes: span.closes })).join(` ${m.and} `)
  return fill(m.todayOpen, { hours })
}

/** One location with distance, today's hours and accessibility features: a copy of the FinderLocation template, filled. */
export function locationItem(
  template: HTMLTemplateElement,
  location: FinderLocation,
  km: number,
  m: IslandMessages,
): HTMLLIElement {
  const item = cloneCard(template)
  item.dataset.location = location.slug
  const name = slot<HTMLAnchorElement>(item, 'name')
  name.href = fill(m.locationUrl, { slug: location.slug })
  name.textContent = location.name
  slot(item, 'distance').textContent = fill(m.distance, { km: formatKm(km) })
  const doc = item.ownerDocument
  slot(item, 'address').replaceChildren(
    location.street,
    doc.createElement('br'),
    `${location.postalCode} ${location.city}`,
  )
  slot(item, 'today').textContent = todayText(location, m)
  const features = slot(item, 'features')
  const names = location.features.map((key) => m.feature[key]).filter((text): text is string => Boolean(text))
  if (location.features.length === 0) features.remove()
  else
    features.replaceChildren(
      ...names.map((text) => {
        const li = doc.createElement('li')
        li.textContent = text
        return li
      }),
    )
  return item
}
