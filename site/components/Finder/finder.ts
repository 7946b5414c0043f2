/**
 * "Wer hilft mir?" island: enhances the finder form on /wer-hilft-mir/. It
 * loads /daten/finder.json from the site's own origin and computes, in the
 * page, the responsible contacts and the nearest locations. A position from
 * "Meinen Standort verwenden" stays in the browser: it is never sent and never
 * written into the address. The chosen topic or service, the place and the
 * letter are kept in the address (?anliegen=…&ort=…&buchstabe=…), so results
 * can be bookmarked and the back button works.
 */
import {
  findRegion,
  kreisOf,
  matchContacts,
  nearestLocations,
  nearestMunicipality,
  servicesOf,
  suggestRegions,
  type FinderData,
  type FinderRegion,
  type Subject,
} from '../../lib/finder.ts'
import type { Position } from '../../lib/geo.ts'
import { Combobox } from './combobox.ts'
import {
  cardTemplates,
  contactItem,
  el,
  fill,
  locationItem,
  type CardTemplates,
  type IslandMessages,
} from './resultEntries.ts'

const NEAREST = 5

/**
 * What both islands do on start: show the form, load the finder data (or hide
 * the form and show the data error), wire the town combobox, forget a browser
 * position once the town is edited, offer "Meinen Standort verwenden" where
 * the browser can locate, and handle the form in the page. Returns the data,
 * or undefined when it could not be loaded.
 */
export async function setUpPlaceForm(island: {
  name: string
  root: HTMLElement
  form: HTMLFormElement
  place: HTMLInputElement
  locate: HTMLButtonElement
  messages: IslandMessages
  onPlaceEdited: () => void
  onLocate: () => void
  onSubmit: () => void
}): Promise<FinderData | undefined> {
  const { root, form, place, locate, messages } = island
  let data: FinderData
  try {
    data = await loadFinderData(root.dataset.src ?? '')
  } catch (error) {
    form.hidden = true
    const box = root.querySelector<HTMLElement>('[data-finder-data-error]')
    if (box) {
      box.textContent = messages.dataError
      box.hidden = false
    }
    console.error(new FinderError(`${island.name}: the finder data could not be loaded`, { cause: error }))
    return undefined
  }
  const combobox = new Combobox({
    input: place,
    listbox: root.querySelector<HTMLUListElement>('[data-finder-listbox]')!,
    status: root.querySelector<HTMLElement>('[data-finder-listbox-status]')!,
    suggest: (text) => regionNames(data, text),
    countMessage: messages.suggestionsCount,
  })
  place.addEventListener('input', island.onPlaceEdited)
  // Shown from the first paint where the browser can locate (BaseLayout's head script), so nothing moves.
  locate.addEventListener('click', island.onLocate)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    combobox.close()
    island.onSubmit()
  })
  return data
}

export class FinderError extends Error {
  override name = 'FinderError'
}

/** Loads the finder data once per page. */
let dataPromise: Promise<FinderData> | undefined
export function loadFinderData(url: string): Promise<FinderData> {
  dataPromise ??= fetch(url, { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new FinderError(`Finder: ${url} answered ${response.status}`)
    return response.json() as Promise<FinderData>
  })
  return dataPromise
}

/** Parses "thema:slug" / "leistung:slug" against the data; the label in Leichte Sprache with `easy`. */
export function parseSubject(data: FinderData, value: string, easy = false): (Subject & { label: string }) | undefined {
  const [kind, slug] = value.split(':')
  if (kind === 'thema') {
    const topic = data.topics.find((t) => t.slug === slug)
    return topic && { kind: 'topic', id: topic.id, label: (easy && topic.titleEasy) || topic.title }
  }
  if (kind === 'leistung') {
    const service = data.services.find((s) => s.slug === slug)
    return service && { kind: 'service', id: service.id, label: (easy && service.nameEasy) || service.name }
  }
  return undefined
}

/** The region list of the combobox: towns first (what people type), Kreise too. */
export function regionNames(data: FinderData, text: string): string[] {
  return suggestRegions(data.regions, text).map((region) => region.name)
}

export function currentPosition(): Promise<Position> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lon: position.coords.longitude }),
      reject,
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    ),
  )
}

/** Shows the "Gemeinde nicht gefunden" message with suggestions as buttons. */
export function showPlaceError(
  box: HTMLElement,
  input: HTMLInputElement,
  message: string,
  suggestions: FinderRegion[],
  m: IslandMessages,
  onChoose: (name: string) => void,
): void {
  box.replaceChildren(el('p', undefined, message))
  if (suggestions.length > 0) {
    box.append(el('p', undefined, m.didYouMean))
    const list = el('ul', 'finder-suggestions')
    for (const region of suggestions) {
      const button = el('button', 'button button--secondary', region.name)
      button.type = 'button'
      button.addEventListener('click', () => {
        input.value = region.name
        onChoose(region.name)
      })
      const item = el('li')
      item.append(button)
      list.append(item)
    }
    box.append(list)
  }
  box.hidden = false
  input.setAttribute('aria-invalid', 'true')
}

export function clearError(box: HTMLElement, input: HTMLElement): void {
  box.hidden = true
  box.replaceChildren()
  input.removeAttribute('aria-invalid')
}

export class Finder {
  private readonly form: HTMLFormElement
  private readonly subject: HTMLSelectElement
  private readonly place: HTMLInputElement
  private readonly letter: HTMLSelectElement
  private readonly locate: HTMLButtonElement
  private readonly locateStatus: HTMLElement
  private readonly subjectError: HTMLElement
  private readonly placeError: HTMLElement
  private readonly results: HTMLElement
  private readonly heading: HTMLElement
  private readonly status: HTMLElement
  private readonly contacts: HTMLUListElement
  private readonly services: HTMLUListElement
  private readonly locations: HTMLUListElement
  private readonly m: IslandMessages
  private readonly cards: CardTemplates & { contact: HTMLTemplateElement }
  private data: FinderData | undefined
  /** The browser's position, while the place field still names the town it was matched to. */
  private position: { at: Position; place: string } | undefined

  constructor(private readonly root: HTMLElement) {
    const q = <T extends Element>(selector: string): T => {
      const found = root.querySelector<T>(selector)
      if (!found) throw new FinderError(`Finder: the markup has no ${selector}`)
      return found
    }
    this.form = q('form')
    this.subject = q('select[name="anliegen"]')
    this.place = q('input[name="ort"]')
    this.letter = q('select[name="buchstabe"]')
    this.locate = q('[data-finder-locate]')
    this.locateStatus = q('[data-finder-locate-status]')
    this.subjectError = q('[data-finder-subject-error]')
    this.placeError = q('[data-finder-place-error]')
    this.results = q('[data-finder-results]')
    this.heading = q('[data-finder-results] h2')
    this.status = q('[data-finder-status]')
    this.contacts = q('[data-finder-contacts]')
    this.services = q('[data-finder-services]')
    this.locations = q('[data-finder-locations]')
    this.m = JSON.parse(root.dataset.messages ?? '{}') as IslandMessages
    const cards = cardTemplates(root, 'Finder')
    if (!cards.contact) throw new FinderError('Finder: the markup has no contact card template')
    this.cards = { ...cards, contact: cards.contact }
  }

  async start(): Promise<void> {
    const data = await setUpPlaceForm({
      name: 'Finder',
      root: this.root,
      form: this.form,
      place: this.place,
      locate: this.locate,
      messages: this.m,
      onPlaceEdited: () => {
        if (this.position && this.place.value !== this.position.place) this.position = undefined
      },
      onLocate: () => void this.useLocation(),
      onSubmit: () => this.run(true),
    })
    if (!data) return
    this.data = data
    this.readUrl()
    if (this.subject.value || this.place.value) this.run(false)
  }

  private readUrl(): void {
    const params = new URLSearchParams(window.location.search)
    const subject = params.get('anliegen')
    if (subject && [...this.subject.options].some((option) => option.value === subject)) this.subject.value = subject
    this.place.value = params.get('ort') ?? ''
    const letter = params.get('buchstabe')
    if (letter && [...this.letter.options].some((option) => option.value === letter)) this.letter.value = letter
  }

  private writeUrl(): void {
    const params = new URLSearchParams()
    if (this.subject.value) params.set('anliegen', this.subject.value)
    if (this.place.value.trim()) params.set('ort', this.place.value.trim())
    if (this.letter.value) params.set('buchstabe', this.letter.value)
    const query = params.toString()
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname)
  }

  private async useLocation(): Promise<void> {
    const data = this.data
    if (!data) return
    this.locateStatus.textContent = this.m.locating
    try {
      const at = await currentPosition()
      const region = nearestMunicipality(data.regions, at)
      if (!region) throw new FinderError('Finder: no municipality in the data')
      this.place.value = region.name
      this.position = { at, place: region.name }
      this.locateStatus.textContent = fill(this.m.located, { name: region.name })
      clearError(this.placeError, this.place)
      if (this.subject.value) this.run(true)
    } catch {
      this.locateStatus.textContent = this.m.locateError
      this.place.focus()
    }
  }

  /** Validates the form and shows the result (or the errors). */
  private run(moveFocus: boolean): void {
    const data = this.data
    if (!data) return
    this.writeUrl()
    clearError(this.subjectError, this.subject)
    clearError(this.placeError, this.place)
    const subject = parseSubject(data, this.subject.value, this.m.easy)
    const text = this.place.value.trim()
    const region = findRegion(data.regions, text)
    let firstInvalid: HTMLElement | undefined
    if (!subject) {
      this.subjectError.textContent = this.m.errorSubject
      this.subjectError.hidden = false
      this.subject.setAttribute('aria-invalid', 'true')
      firstInvalid = this.subject
    }
    if (!region) {
      const message = text ? fill(this.m.errorPlaceUnknown, { text }) : this.m.errorPlaceEmpty
      showPlaceError(this.placeError, this.place, message, suggestRegions(data.regions, text, 5), this.m, () =>
        this.run(true),
      )
      firstInvalid ??= this.place
    }
    if (!subject || !region) {
      this.results.hidden = true
      if (moveFocus) firstInvalid?.focus()
      return
    }

    const regionsById = new Map(data.regions.map((r) => [r.id, r]))
    const matches = matchContacts(data, { subject, region, letter: this.letter.value || undefined })
    const services = servicesOf(data, subject)
    const from = this.position?.place === text ? this.position.at : region
    const near = nearestLocations(data.locations, { from, services: services.map((s) => s.id) }).slice(0, NEAREST)

    this.contacts.replaceChildren(
      ...matches.map((match) => contactItem(this.cards.contact, match, this.m, regionsById)),
    )
    this.contacts.hidden = matches.length === 0
    this.root.querySelector<HTMLElement>('[data-finder-no-contacts]')!.hidden = matches.length > 0
    this.services.replaceChildren(
      ...services.map((service) => {
        const item = el('li')
        const a = el('a', undefined, (this.m.easy && service.nameEasy) || service.name)
        a.href =
          this.m.easy && service.easy
            ? fill(this.m.easyServiceUrl, { slug: service.easy })
            : fill(this.m.serviceUrl, { slug: service.slug })
        item.append(a)
        return item
      }),
    )
    this.locations.replaceChildren(...near.map(({ item, km }) => locationItem(this.cards.location, item, km, this.m)))
    this.locations.hidden = near.length === 0
    this.root.querySelector<HTMLElement>('[data-finder-no-locations]')!.hidden = near.length > 0
    const place = region.kind === 'gemeinde' ? `${region.name} (${kreisOf(region, regionsById).name})` : region.name
    this.status.textContent = fill(this.m.status, {
      subject: subject.label,
      place,
      contacts: matches.length === 1 ? this.m.contactsOne : fill(this.m.contactsMany, { count: matches.length }),
      locations: near.length === 1 ? this.m.locationsOne : fill(this.m.locationsMany, { count: near.length }),
    })
    this.results.hidden = false
    if (moveFocus) this.heading.focus()
  }
}
