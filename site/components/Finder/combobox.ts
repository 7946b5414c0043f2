/**
 * An accessible combobox (WAI-ARIA 1.2 "list autocomplete" pattern) over a
 * plain text input: suggestions in a listbox below it, Arrow keys move through
 * them (aria-activedescendant keeps focus in the input), Enter takes one,
 * Escape closes the list. The number of suggestions is announced politely.
 */
export interface ComboboxOptions {
  input: HTMLInputElement
  listbox: HTMLUListElement
  status: HTMLElement
  /** Suggestions for the typed text. */
  suggest: (text: string) => string[]
  /** "{count} Vorschläge …" */
  countMessage: string
  /** Called after a suggestion was taken. */
  onPick?: (value: string) => void
}

export class Combobox {
  private options: string[] = []
  private active = -1
  /** A mouse button or finger is down somewhere on the page (see `blurred`). */
  private pressing = false

  constructor(private readonly o: ComboboxOptions) {
    const { input, listbox } = o
    if (!listbox.id) throw new Error('Combobox: the listbox needs an id')
    input.setAttribute('role', 'combobox')
    input.setAttribute('aria-autocomplete', 'list')
    input.setAttribute('aria-expanded', 'false')
    input.setAttribute('aria-controls', listbox.id)
    // The input keeps its autocomplete="address-level2" (WCAG 1.3.5: the browser may offer the town it knows).
    input.addEventListener('input', () => this.update())
    input.addEventListener('keydown', (event) => this.key(event))
    input.addEventListener('blur', () => this.blurred())
    // Taps arrive as mousedown, mouseup and click in one go, so these cover touch too.
    document.addEventListener('mousedown', () => (this.pressing = true), true)
    document.addEventListener('mouseup', () => setTimeout(() => (this.pressing = false)), true)
    // Pointer users: take the option before the input loses focus.
    listbox.addEventListener('mousedown', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]')
      if (!option) return
      event.preventDefault()
      this.pick(option.dataset.value ?? '')
    })
    // Text typed before the combobox existed (the form is there from the first paint, the suggestions come
    // with the page's data): suggest for it now, as if it had just been typed.
    if (document.activeElement === input && input.value.trim() !== '') this.update()
  }

  private update(): void {
    this.options = this.o.suggest(this.o.input.value)
    this.active = -1
    this.render()
  }

  private render(): void {
    const { input, listbox, status } = this.o
    const open = this.options.length > 0
    listbox.replaceChildren(
      ...this.options.map((value, index) => {
        const item = document.createElement('li')
        item.id = `${listbox.id}-${index}`
        item.setAttribute('role', 'option')
        item.setAttribute('aria-selected', String(index === this.active))
        item.dataset.value = value
        item.textContent = value
        return item
      }),
    )
    listbox.hidden = !open
    input.setAttribute('aria-expanded', String(open))
    if (this.active >= 0) {
      input.setAttribute('aria-activedescendant', `${listbox.id}-${this.active}`)
      listbox.children[this.active]?.scrollIntoView({ block: 'nearest' })
    } else input.removeAttribute('aria-activedescendant')
    status.textContent = open ? this.o.countMessage.replace('{count}', String(this.options.length)) : ''
  }

  /**
   * The input lost the focus. When a press moved it (a click or tap on the
   * submit button, a checkbox below the list), closing the list at once would
   * move that target up before the button is released, and the browser would
   * drop the click: the list closes after the click instead. Keyboard focus
   * moves close it at once.
   */
  private blurred(): void {
    if (!this.pressing) return this.close()
    const later = () => {
      document.removeEventListener('click', later, true)
      // After the click's own handlers (a submit closes the list itself).
      setTimeout(() => {
        if (document.activeElement !== this.o.input) this.close()
      })
    }
    document.addEventListener('click', later, true)
    // A press that ends elsewhere fires no click: close once it is released.
    document.addEventListener('mouseup', () => setTimeout(later, 50), { capture: true, once: true })
  }

  close(): void {
    this.options = []
    this.active = -1
    this.render()
  }

  private pick(value: string): void {
    this.o.input.value = value
    this.close()
    this.o.onPick?.(value)
  }

  private key(event: KeyboardEvent): void {
    const open = this.options.length > 0
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault()
        if (!open) {
          this.update()
          if (this.options.length === 0) return
        }
        const step = event.key === 'ArrowDown' ? 1 : -1
        const count = this.options.length
        this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count
        this.render()
        return
      }
      case 'Enter':
        if (open && this.active >= 0) {
          event.preventDefault()
          this.pick(this.options[this.active]!)
        } else this.close()
        return
      case 'Escape':
        if (open) {
          event.preventDefault()
          this.close()
        }
        return
      case 'Tab':
        this.close()
    }
  }
}
