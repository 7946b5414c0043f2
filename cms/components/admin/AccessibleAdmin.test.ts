import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { repairAdminMarkup } from './AccessibleAdmin.tsx'

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
})
