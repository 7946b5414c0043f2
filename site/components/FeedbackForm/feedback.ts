/**
 * "Barriere melden" island: enhances the plain form post of FeedbackForm.
 *
 * - Links to the form (#barriere-melden) open the footer disclosure.
 * - The browser's own validation bubbles (in the browser's language, gone
 *   after a moment) are replaced by errors at the fields (aria-invalid,
 *   aria-describedby) and an error summary with links to the fields, which
 *   takes the focus.
 * - The report is sent as JSON in the background. The CMS's field errors are
 *   shown the same way; a refusal without field errors (too many reports, a
 *   request the CMS does not take) or an unreachable CMS is said in the
 *   summary, always in the form's own words (the page's variant, Leichte
 *   Sprache too), never in the API's. What was typed always stays.
 * - On /barriere-melden/?seite=/pfad/ the report is about the page named.
 */
interface Messages {
  summaryTitle: string
  errorPrefix: string
  problem: string
  email: string
  name: string
  send: string
  offline: string
  /** Too many reports (429): from this browser in a short time, or about the page today. */
  tooMany: string
  /** Any other refusal that names no field of the form. */
  refused: string
  sending: string
}

type Field = 'problem' | 'name' | 'email'
const FIELDS: Field[] = ['problem', 'name', 'email']

export class FeedbackError extends Error {
  override name = 'FeedbackError'
}

export class FeedbackForm {
  private readonly form: HTMLFormElement
  private readonly summary: HTMLElement
  private readonly status: HTMLElement
  private readonly m: Messages
  private sending = false

  constructor(private readonly root: HTMLElement) {
    const form = root.querySelector('form')
    const summary = root.querySelector<HTMLElement>('[data-error-summary]')
    const status = root.querySelector<HTMLElement>('[data-feedback-status]')
    if (!form || !summary || !status) throw new FeedbackError('FeedbackForm: the markup is incomplete')
    this.form = form
    this.summary = summary
    this.status = status
    this.m = JSON.parse(form.dataset.messages ?? '{}') as Messages
  }

  start(): void {
    this.form.noValidate = true
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.submit()
    })
    // Errors go away as the person corrects the field.
    for (const name of FIELDS) this.field(name).addEventListener('input', () => this.clearField(name))
    this.summary.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]')
      if (!link) return
      event.preventDefault()
      document.getElementById(link.hash.slice(1))?.focus()
    })
    if (this.root instanceof HTMLDetailsElement) {
      const details = this.root
      const openIfTargeted = () => {
        if (window.location.hash === `#${details.id}`) {
          details.open = true
          details.querySelector('summary')?.focus()
        }
      }
      openIfTargeted()
      window.addEventListener('hashchange', openIfTargeted)
      // A link to the form on the same page while the address already ends with it.
      document.addEventListener('click', (event) => {
        const link = (event.target as Element).closest?.<HTMLAnchorElement>(`a[href$="#${details.id}"]`)
        if (link && link.pathname === window.location.pathname) details.open = true
      })
    } else this.aboutPageFromAddress()
  }

  /** /barriere-melden/?seite=/leistungen/x/: the report is about that page of this site. */
  private aboutPageFromAddress(): void {
    const page = new URLSearchParams(window.location.search).get('seite')
    if (!page || !/^\/[\w\-./%]*$/.test(page)) return
    const input = this.form.querySelector<HTMLInputElement>('input[name="pageUrl"]')
    const shown = this.root.querySelector<HTMLElement>('[data-feedback-page]')
    if (input) input.value = page
    if (shown) shown.textContent = decodeURI(page)
  }

  private field(name: Field): HTMLInputElement | HTMLTextAreaElement {
    const field = this.form.elements.namedItem(name)
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement))
      throw new FeedbackError(`FeedbackForm: no field ${name}`)
    return field
  }

  private errorBox(name: Field): HTMLElement {
    const box = document.getElementById(`${this.field(name).id}-fehler`)
    if (!box) throw new FeedbackError(`FeedbackForm: no error element for ${name}`)
    return box
  }

  private clearField(name: Field): void {
    const field = this.field(name)
    const box = this.errorBox(name)
    box.hidden = true
    box.textContent = ''
    field.removeAttribute('aria-invalid')
    const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== box.id)
    if (ids.length) field.setAttribute('aria-describedby', ids.join(' '))
    else field.removeAttribute('aria-describedby')
  }

  private markField(name: Field, message: string): void {
    const field = this.field(name)
    const box = this.errorBox(name)
    box.textContent = `${this.m.errorPrefix} ${message}`
    box.hidden = false
    field.setAttribute('aria-invalid', 'true')
    const ids = new Set((field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
    ids.add(box.id)
    field.setAttribute('aria-describedby', [...ids].join(' '))
  }

  /** Shows the errors at their fields and in the summary, which gets the focus. */
  private showErrors(errors: { field: Field; message: string }[], text?: string): void {
    for (const name of FIELDS) this.clearField(name)
    for (const { field, message } of errors) this.markField(field, message)
    const list = this.summary.querySelector('[data-error-summary-list]')!
    list.replaceChildren(
      ...errors.map(({ field, message }) => {
        const item = document.createElement('li')
        const link = document.createElement('a')
        link.href = `#${this.field(field).id}`
        link.textContent = message
        item.append(link)
        return item
      }),
    )
    const paragraph = this.summary.querySelector<HTMLElement>('[data-error-summary-text]')!
    paragraph.textContent = text ?? ''
    paragraph.hidden = !text
    this.summary.hidden = false
    this.summary.focus()
  }

  /** The checks a person needs before sending; the CMS checks everything again. */
  private check(): { field: Field; message: string }[] {
    const errors: { field: Field; message: string }[] = []
    if (this.field('problem').value.trim().length < 3) errors.push({ field: 'problem', message: this.m.problem })
    const email = this.field('email')
    if (email.value.trim() && !email.checkValidity()) errors.push({ field: 'email', message: this.m.email })
    return errors
  }

  private async submit(): Promise<void> {
    if (this.sending) return
    const errors = this.check()
    if (errors.length) return this.showErrors(errors)
    this.sending = true
    this.status.textContent = this.m.sending
    const body = Object.fromEntries([...new FormData(this.form).entries()].map(([key, value]) => [key, String(value)]))
    let response: Response
    try {
      response = await fetch(this.form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
      })
    } catch {
      this.finish()
      return this.showErrors([], `${this.m.send} ${this.m.offline}`)
    }
    if (response.ok) {
      window.location.assign(this.form.dataset.thanks ?? '/barriere-melden/danke/')
      return
    }
    this.finish()
    const answer = (await response.json().catch(() => ({}))) as {
      message?: string
      errors?: { field: string; message: string }[]
    }
    // The CMS answers in standard German for every caller of its API: the form says it in its own words.
    const known = (answer.errors ?? []).filter((e): e is { field: Field; message: string } =>
      (FIELDS as string[]).includes(e.field),
    )
    const fieldErrors = known.map(({ field }) => ({ field, message: this.m[field] }))
    if (fieldErrors.length) return this.showErrors(fieldErrors)
    const reason = response.status >= 500 ? this.m.offline : response.status === 429 ? this.m.tooMany : this.m.refused
    this.showErrors([], `${this.m.send} ${reason}`)
  }

  private finish(): void {
    this.sending = false
    this.status.textContent = ''
  }
}
