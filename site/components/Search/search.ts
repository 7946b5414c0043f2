/**
 * Search island: enhances the server-rendered search form on /suche/ with
 * Pagefind's JavaScript API. Pagefind is imported on demand from
 * /pagefind/pagefind.js (written by the build after Astro). The form keeps
 * working as a plain GET form: its fields are the URL parameters read here.
 */
import { FILTER, SPRACHNIVEAU } from '../../lib/constants.ts'

/** UI texts, rendered into data-messages from the i18n files. */
export interface SearchMessages {
  idle: string
  loading: string
  none: string
  one: string
  many: string
  filteredOnly: string
  error: string
  easyLanguage: string
}

interface PagefindFragment {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
  /** Parts of the page under headings with an id. */
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[]
}

/**
 * A directory page (meta "eintraege", the contact persons) is one page with
 * many entries: its hit shows the entry that matches best, with the entry's
 * own address, title and excerpt, instead of the whole list.
 */
export function bestEntry(fragment: PagefindFragment): PagefindFragment {
  if (!fragment.meta.eintraege) return fragment
  const entries = (fragment.sub_results ?? []).filter((entry) => entry.url.includes('#'))
  const best = entries.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0]
  if (!best) return fragment
  return { ...fragment, url: best.url, excerpt: best.excerpt, meta: { ...fragment.meta, title: best.title } }
}

interface PagefindResult {
  id: string
  data: () => Promise<PagefindFragment>
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<{ results: PagefindResult[] } | null>
}

const BUNDLE = '/pagefind/pagefind.js'
const PAGE_SIZE = 10

class SearchError extends Error {
  override name = 'SearchError'
}

/** Keeps only text and <mark> of a Pagefind excerpt (which is already escaped). */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template')
  template.innerHTML = html
  return [...template.content.childNodes].map((node) => {
    if (node.nodeType === Node.TEXT_NODE) return node
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      return mark
    }
    return document.createTextNode(node.textContent ?? '')
  })
}

export class SearchPage {
  private readonly form: HTMLFormElement
  private readonly input: HTMLInputElement
  private readonly status: HTMLElement
  private readonly list: HTMLOListElement
  private readonly more: HTMLButtonElement
  private readonly messages: SearchMessages
  private pagefind: Promise<PagefindApi> | undefined
  private results: PagefindResult[] = []
  private shown = 0
  private run = 0

  constructor(
    private readonly root: HTMLElement,
    private readonly load: () => Promise<PagefindApi> = () => import(/* @vite-ignore */ BUNDLE),
  ) {
    const form = root.querySelector<HTMLFormElement>('[data-search-form]')
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
    const status = root.querySelector<HTMLElement>('[data-search-status]')
    const list = root.querySelector<HTMLOListElement>('[data-search-list]')
    const more = root.querySelector<HTMLButtonElement>('[data-search-more]')
    if (!form || !input || !status || !list || !more) {
      throw new SearchError(
        'Search: the search page markup is incomplete (form, input, status, list or button missing)',
      )
    }
    this.form = form
    this.input = input
    this.status = status
    this.list = list
    this.more = more
    this.messages = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages
  }

  start(): void {
    this.readUrl()
    const filters = this.root.querySelector<HTMLDetailsElement>('[data-search-filters]')
    if (filters && Object.keys(this.filters()).length > 0) filters.open = true
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      this.writeUrl()
      void this.search()
    })
    this.form.addEventListener('change', (event) => {
      if (event.target === this.input) return
      this.writeUrl()
      void this.search()
    })
    // Start loading Pagefind as soon as someone is about to search.
    this.input.addEventListener('focus', () => void this.api().catch(() => undefined), { once: true })
    this.more.addEventListener('click', () => void this.showMore(true))
    void this.search()
  }

  /** Fills the form from ?q=…&topic=…&department=…&sprachniveau=… */
  private readUrl(): void {
    const params = new URLSearchParams(window.location.search)
    this.input.value = params.get('q') ?? ''
    const topics = new Set(params.getAll(FILTER.topic))
    for (const box of this.form.querySelectorAll<HTMLInputElement>(`input[name="${FILTER.topic}"]`)) {
      box.checked = topics.has(box.value)
    }
    for (const name of [FILTER.department, FILTER.sprachniveau]) {
      const select = this.form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)
      const value = params.get(name)
      if (select && value !== null && [...select.options].some((option) => option.value === value)) select.value = value
    }
  }

  private writeUrl(): void {
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(this.form)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim())
    }
    const query = params.toString()
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname)
  }

  private filters(): Record<string, unknown> {
    const data = new FormData(this.form)
    const filters: Record<string, unknown> = {}
    const topics = data.getAll(FILTER.topic).filter((v): v is string => typeof v === 'string' && v !== '')
    if (topics.length > 0) filters[FILTER.topic] = { any: topics }
    for (const name of [FILTER.department, FILTER.sprachniveau]) {
      const value = data.get(name)
      if (typeof value === 'string' && value !== '') filters[name] = value
    }
    return filters
  }

  private api(): Promise<PagefindApi> {
    this.pagefind ??= this.load().then(async (pagefind) => {
      // The index is small: searching on the main thread saves loading Pagefind's worker script.
      await pagefind.options({ excerptLength: 24, noWorker: true })
      await pagefind.init()
      return pagefind
    })
    return this.pagefind
  }

  private format(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
  }

  private async search(): Promise<void> {
    const run = ++this.run
    const query = this.input.value.trim()
    const filters = this.filters()
    const hasFilters = Object.keys(filters).length > 0
    this.list.replaceChildren()
    this.more.hidden = true
    if (!query && !hasFilters) {
      this.status.textContent = this.messages.idle
      return
    }
    this.status.textContent = this.messages.loading
    try {
      const pagefind = await this.api()
      const response = await pagefind.search(query || null, { filters })
      if (run !== this.run || !response) return // a newer search has started
      this.results = response.results
      this.shown = 0
      const count = this.results.length
      this.status.textContent = !query
        ? this.format(this.messages.filteredOnly, { count })
        : count === 0
          ? this.format(this.messages.none, { query })
          : this.format(count === 1 ? this.messages.one : this.messages.many, { count, query })
      await this.showMore(false)
    } catch (error) {
      if (run !== this.run) return
      this.pagefind = undefined
      this.status.textContent = this.messages.error
      console.error(new SearchError('Search: Pagefind could not be loaded or failed', { cause: error }))
    }
  }

  private async showMore(moveFocus: boolean): Promise<void> {
    const run = this.run
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE)
    const fragments = await Promise.all(next.map((result) => result.data()))
    if (run !== this.run) return
    const items = fragments.map((fragment) => this.item(bestEntry(fragment)))
    this.list.append(...items)
    this.shown += next.length
    this.more.hidden = this.shown >= this.results.length
    if (moveFocus) items[0]?.querySelector('a')?.focus()
  }

  private item(fragment: PagefindFragment): HTMLLIElement {
    const item = document.createElement('li')
    item.className = 'result'
    const title = document.createElement('h3')
    title.className = 'result__title'
    const link = document.createElement('a')
    link.href = fragment.url
    link.textContent = fragment.meta.title ?? fragment.url
    title.append(link)
    item.append(title)

    const meta = document.createElement('p')
    meta.className = 'result__meta'
    const easy = fragment.filters[FILTER.sprachniveau]?.includes(SPRACHNIVEAU.easy) ?? false
    // The type label of a Leichte-Sprache text would repeat the badge.
    if (fragment.meta.typ && !(easy && fragment.meta.typ === this.messages.easyLanguage)) {
      meta.append(document.createTextNode(fragment.meta.typ))
    }
    if (easy) {
      const badge = document.createElement('span')
      badge.className = 'badge badge--easy'
      badge.textContent = this.messages.easyLanguage
      meta.append(' ', badge)
    }
    if (meta.childNodes.length > 0) item.append(meta)

    const excerpt = document.createElement('p')
    excerpt.className = 'result__excerpt'
    excerpt.append(...excerptNodes(fragment.excerpt))
    item.append(excerpt)
    return item
  }
}
