/**
 * "Standorte in meiner Nähe" island: sorts the locations by distance from a
 * town (combobox) or from the browser's position, filtered by accessibility
 * features and a service, all in the page. The position never leaves the
 * browser and is not written into the address; town, features and service are
 * (?ort=…&merkmal=…&leistung=…).
 */
import { findRegion, nearestLocations, nearestMunicipality, suggestRegions, type FinderData } from '../../lib/finder.ts'
import type { Position } from '../../lib/geo.ts'
import { clearError, currentPosition, FinderError, setUpPlaceForm, showPlaceError } from '../Finder/finder.ts'
import { cardTemplates, fill, locationItem, type IslandMessages } from '../Finder/resultEntries.ts'

export class NearMe {
  private readonly form: HTMLFormElement
  private readonly place: HTMLInputElement
  private readonly service: HTMLSelectElement
  private readonly locate: HTMLButtonElement
  private readonly locateStatus: HTMLElement
  private readonly placeError: HTMLElement
  private readonly results: HTMLElement
  private readonly heading: HTMLElement
  private readonly status: HTMLElement
  private readonly list: HTMLOListElement
  private readonly m: IslandMessages
  /** The FinderLocation card the list is built from. */
  private readonly card: HTMLTemplateElement
  private data: FinderData | undefined
  private position: { at: Position; place: string } | undefined
  private shown = false

  constructor(private readonly root: HTMLElement) {
    const q = <T extends Element>(selector: string): T => {
      const found = root.querySelector<T>(selector)
      if (!found) throw new FinderError(`NearMe: the markup has no ${selector}`)
      return found
    }
    this.form = q('form')
    this.place = q('input[name="ort"]')
    this.service = q('select[name="leistung"]')
    this.locate = q('[data-finder-locate]')
    this.locateStatus = q('[data-finder-locate-status]')
    this.placeError = q('[data-finder-place-error]')
    this.results = q('[data-finder-results]')
    this.heading = q('[data-finder-results] h2')
    this.status = q('[data-finder-status]')
    this.list = q('[data-near-list]')
    this.m = JSON.parse(root.dataset.messages ?? '{}') as IslandMessages
    this.card = cardTemplates(root, 'NearMe').location
  }

  async start(): Promise<void> {
    const data = await setUpPlaceForm({
      name: 'NearMe',
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
    // Filters apply at once once a list is shown.
    this.form.addEventListener('change', (event) => {
      if (this.shown && event.target !== this.place) this.run(false)
    })
    this.readUrl()
    if (this.place.value) this.run(false)
  }

  private features(): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[name="merkmal"]:checked')].map((box) => box.value)
  }

  private readUrl(): void {
    const params = new URLSearchParams(window.location.search)
    this.place.value = params.get('ort') ?? ''
    const features = new Set(params.getAll('merkmal'))
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="merkmal"]'))
      box.checked = features.has(box.value)
    const service = params.get('leistung')
    if (service && [...this.service.options].some((option) => option.value === service)) this.service.value = service
  }

  private writeUrl(): void {
    const params = new URLSearchParams()
    if (this.place.value.trim()) params.set('ort', this.place.value.trim())
    for (const feature of this.features()) params.append('merkmal', feature)
    if (this.service.value) params.set('leistung', this.service.value)
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
      if (!region) throw new FinderError('NearMe: no municipality in the data')
      this.place.value = region.name
      this.position = { at, place: region.name }
      this.locateStatus.textContent = fill(this.m.located, { name: region.name })
      this.run(true)
    } catch {
      this.locateStatus.textContent = this.m.locateError
      this.place.focus()
    }
  }

  private run(moveFocus: boolean): void {
    const data = this.data
    if (!data) return
    this.writeUrl()
    clearError(this.placeError, this.place)
    const text = this.place.value.trim()
    const region = findRegion(data.regions, text)
    const fromPosition = this.position?.place === text ? this.position.at : undefined
    if (!region && !fromPosition) {
      const message = text ? fill(this.m.errorPlaceUnknown, { text }) : this.m.errorPlaceEmpty
      showPlaceError(this.placeError, this.place, message, suggestRegions(data.regions, text, 5), this.m, () =>
        this.run(true),
      )
      this.results.hidden = true
      this.status.textContent = ''
      this.shown = false
      if (moveFocus) this.place.focus()
      return
    }
    const service = data.services.find((s) => s.slug === this.service.value)
    const found = nearestLocations(data.locations, {
      from: fromPosition ?? region!,
      services: service ? [service.id] : undefined,
      features: this.features(),
    })
    this.list.replaceChildren(...found.map(({ item, km }) => locationItem(this.card, item, km, this.m)))
    const place = fromPosition ? this.m.myPosition : region!.name
    this.status.textContent =
      found.length === 0
        ? this.m.statusNone
        : fill(found.length === 1 ? this.m.statusOne : this.m.statusMany, { count: found.length, place })
    this.results.hidden = found.length === 0
    this.shown = true
    if (moveFocus && found.length > 0) this.heading.focus()
  }
}
