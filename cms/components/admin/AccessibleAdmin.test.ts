import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { keepDraftSubmitToItsButton, repairAdminMarkup } from './AccessibleAdmin.tsx'

/** Payload's markup of a list page, as far as the repair looks at it (Payload 3.90). */
const listPage = `
  <div id="nav-toggler"><div id="nav-toggler"><button class="nav-toggler" aria-label="Menü öffnen"></button></div></div>
  <aside><button class="nav__mobile-close" type="button"><div class="hamburger"></div></button></aside>
  <table>
    <thead><tr><th><input id="select-all" type="checkbox" aria-label="" aria-labelledby="select-all" title="select-all"></th></tr></thead>
    <tbody><tr>
      <td class="cell-_select"><div class="select-row"><input aria-label="" type="checkbox"></div></td>
      <td class="cell-name"><a href="/admin/collections/services/7">Assistenz im eigenen Wohnraum</a></td>
    </tr></tbody>
  </table>
  <button class="btn condition__actions-remove"></button><button class="btn condition__actions-add"></button>
  <button class="clickable-arrow clickable-arrow--left"></button><button class="clickable-arrow clickable-arrow--right"></button>
  <nav class="step-nav"><a class="step-nav__home" href="/admin"><span title="Übersicht"><span role="img" aria-label="Lotse"></span></span></a></nav>`

describe('the repair of Payload’s admin markup', () => {
  it('titles the logout pages "Abgemeldet" (Payload gives them the title of "Keine Berechtigung")', () => {
    for (const [url, title] of [
      ['http://localhost:3000/admin/logout', 'Abgemeldet – Lotse'],
      ['http://localhost:3000/admin/logout-inactivity', 'Abgemeldet – Lotse'],
      ['http://localhost:3000/admin/collections/services/create', 'Keine Berechtigung – Lotse'],
    ]) {
      const document = new Window({ url }).document
      document.title = 'Keine Berechtigung – Lotse'
      repairAdminMarkup(document as unknown as Document)
      expect(document.title, url).toBe(title)
    }
  })

  it('names what has no name and leaves one id per element', () => {
    const document = new Window().document
    document.body.innerHTML = listPage
    repairAdminMarkup(document as unknown as Document)
    expect(document.querySelectorAll('[id="nav-toggler"]').length).toBe(1)
    expect(document.querySelector('.nav__mobile-close')!.getAttribute('aria-label')).toBe('Menü schließen')
    expect(document.querySelector('.select-row input')!.getAttribute('aria-label')).toBe(
      'Zeile auswählen: Assistenz im eigenen Wohnraum',
    )
    const all = document.querySelector('#select-all')!
    expect(all.getAttribute('aria-label')).toBe('Alle Zeilen auswählen')
    expect(all.hasAttribute('aria-labelledby')).toBe(false)
    expect(document.querySelector('.condition__actions-remove')!.getAttribute('aria-label')).toBe('Bedingung entfernen')
    expect(document.querySelector('.condition__actions-add')!.getAttribute('aria-label')).toBe('Bedingung hinzufügen')
    expect(document.querySelector('.clickable-arrow--left')!.getAttribute('aria-label')).toBe('Vorherige Seite')
    expect(document.querySelector('.clickable-arrow--right')!.getAttribute('aria-label')).toBe('Nächste Seite')
    expect(document.querySelector('.step-nav__home')!.getAttribute('aria-label')).toBe('Übersicht')
    // Payload's own names stay.
    expect(document.querySelector('.nav-toggler')!.getAttribute('aria-label')).toBe('Menü öffnen')
  })

  it('names the edit view’s controls by their field labels and repairs its icon buttons and ARIA', () => {
    const document = new Window().document
    document.body.innerHTML = editView
    repairAdminMarkup(document as unknown as Document)
    const labelOf = (control: string) => {
      const id = document.querySelector(control)!.getAttribute('aria-labelledby')
      return id ? document.getElementById(id)?.textContent : null
    }
    expect(labelOf('.ContentEditable__root')).toBe('Beschreibung')
    expect(labelOf('#react-select-r1-input')).toBe('Zielgruppen')
    expect(labelOf('.date-time-picker input')).toBe('Gültig bis')
    // Ids are unique: the second rich-text field's label gets its own.
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(labelOf('.field-type:last-of-type .ContentEditable__root')).toBe('Kurztext')
    expect(document.querySelector('.popup-button')!.getAttribute('aria-label')).toBe('Weitere Aktionen')
    expect(document.querySelector('.date-time-picker__clear-button')!.getAttribute('aria-label')).toBe(
      'Datum entfernen',
    )
    expect(document.querySelector('.clear-indicator')!.getAttribute('tabindex')).toBe('-1')
    expect(document.querySelector('.dropdown-indicator')!.getAttribute('tabindex')).toBe('-1')
    expect(document.querySelector('.doc-tabs__tabs')!.getAttribute('role')).toBe('none')
    expect(document.querySelector('.doc-tab--active')!.hasAttribute('aria-label')).toBe(false)
    expect(document.querySelector('#field-bookable')!.hasAttribute('aria-labelledby')).toBe(false)
    // What already has a name or a valid reference stays as it is.
    expect(document.querySelector('#field-other')!.getAttribute('aria-labelledby')).toBe('other-label')
    expect(document.querySelector('.named .ContentEditable__root')!.getAttribute('aria-label')).toBe('Eigener Name')
    // The form without a submit button gets "Entwurf speichern" as its submit button.
    expect(document.querySelector('#action-save-draft')!.getAttribute('type')).toBe('submit')
    // Repeating (the observer runs it on every change) changes nothing more.
    const before = document.body.innerHTML
    repairAdminMarkup(document as unknown as Document)
    expect(document.body.innerHTML).toBe(before)
  })
})

/** Payload's markup of an edit view, as far as the repair looks at it (Payload 3.90, lexical, react-select). */
const editView = `
  <form class="collection-edit__form"><button id="action-save-draft" class="btn save-draft" type="button">Entwurf speichern</button></form>
  <ul class="doc-tabs__tabs"><div class="doc-tab doc-tab--active" aria-label="Bearbeiten">Bearbeiten</div><a class="doc-tab" href="versions">Versionen</a></ul>
  <div class="field-type rich-text-lexical"><div class="rich-text-lexical__label-row"><label class="field-label" for="field-description">Beschreibung</label></div>
    <div class="ContentEditable__root" contenteditable="true" role="textbox"></div></div>
  <div class="field-type relationship"><label class="field-label" for="field-audiences">Zielgruppen</label>
    <div class="react-select"><input id="react-select-r1-input" role="combobox">
      <div class="clear-indicator" aria-hidden="true" role="button" tabindex="0"></div>
      <button class="dropdown-indicator" aria-hidden="true" type="button"></button></div></div>
  <div class="field-type date-time-field"><label class="field-label" for="field-validUntil">Gültig bis</label>
    <div class="date-time-picker"><input type="text" value="15.09.2026"><button class="date-time-picker__clear-button" type="button"></button></div></div>
  <div class="field-type checkbox"><div class="checkbox-input"><input id="field-bookable" type="checkbox" aria-labelledby="bookable"><label for="field-bookable">Buchbar</label></div></div>
  <div class="checkbox-input"><input id="field-other" type="checkbox" aria-labelledby="other-label"><span id="other-label">Anderes</span></div>
  <div class="popup"><button class="popup-button" type="button"><svg></svg></button></div>
  <div class="field-type rich-text-lexical named"><label class="field-label" for="field-x">X</label>
    <div class="ContentEditable__root" contenteditable="true" aria-label="Eigener Name"></div></div>
  <div class="field-type rich-text-lexical"><label class="field-label" for="field-description">Kurztext</label>
    <div class="ContentEditable__root" contenteditable="true"></div></div>`

describe('a submit by "Entwurf speichern"', () => {
  const submitEvent = (submitter: { id: string } | null) => {
    const event = { submitter, prevented: false, stopped: false } as unknown as SubmitEvent & {
      prevented: boolean
      stopped: boolean
    }
    event.preventDefault = () => void (event.prevented = true)
    event.stopPropagation = () => void (event.stopped = true)
    return event
  }

  it('stops at the button (its click saved the draft), so Payload’s form does not send again', () => {
    const event = submitEvent({ id: 'action-save-draft' })
    keepDraftSubmitToItsButton(event)
    expect([event.prevented, event.stopped]).toEqual([true, true])
  })

  it('leaves every other submit to Payload', () => {
    for (const submitter of [{ id: 'action-save' }, null]) {
      const event = submitEvent(submitter)
      keepDraftSubmitToItsButton(event)
      expect([event.prevented, event.stopped]).toEqual([false, false])
    }
  })

  it('leaves a form that has a submit button alone', () => {
    const document = new Window().document
    document.body.innerHTML = `<form><button id="action-save-draft" type="button">Entwurf speichern</button><button type="submit">Veröffentlichen</button></form>`
    repairAdminMarkup(document as unknown as Document)
    expect(document.querySelector('#action-save-draft')!.getAttribute('type')).toBe('button')
  })
})
