'use client'
import React, { useEffect } from 'react'

const loggedOutTitle = 'Abgemeldet – Lotse'

/**
 * Names and ids that Payload's own admin markup lacks (Payload 3.90), which
 * pa11y (WCAG 2 AA) reports on every list page and in the navigation:
 * - the template gives the nav toggler's wrapper and its container the same
 *   id `nav-toggler`;
 * - the navigation's close button holds only an icon;
 * - a list's row checkboxes have no name, "select all" only a title;
 * - the filter bar's icon buttons (remove / add a condition) and the
 *   pagination's arrows have no name;
 * - the breadcrumb's home link holds only the logo, which HTML_CodeSniffer
 *   does not count as link text;
 * - in the edit view: controls whose field label names no element (the
 *   rich-text editor, react-select's and the date picker's inputs), icon
 *   buttons without a name, ARIA that points nowhere or is not allowed, and
 *   react-select's indicators, hidden from assistive technology yet focusable.
 * Payload renders these in components it does not let a config replace, so
 * they are repaired in the page as they appear (a MutationObserver); the
 * contrast of Payload's grey labels is raised in custom.css. Remove a line
 * when Payload names the element itself.
 */
export function repairAdminMarkup(root: Document): void {
  // Payload gives its logout pages the metadata of the "unauthorized" page, whose title is "Keine Berechtigung".
  if (/\/logout(-inactivity)?\/?$/.test(root.location?.pathname ?? '') && root.title !== loggedOutTitle)
    root.title = loggedOutTitle
  root.querySelectorAll('[id="nav-toggler"]').forEach((element, i) => {
    if (i > 0) element.removeAttribute('id')
  })
  root.querySelectorAll('button.nav__mobile-close:not([aria-label])').forEach((button) => {
    button.setAttribute('aria-label', 'Menü schließen')
  })
  root.querySelectorAll<HTMLInputElement>('.select-row input[type="checkbox"]').forEach((input) => {
    const title = input.closest('tr')?.querySelector('td:not(.cell-_select) a, td:not(.cell-_select)')?.textContent
    const label = title?.trim() ? `Zeile auswählen: ${title.trim()}` : 'Zeile auswählen'
    if (input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label)
  })
  root.querySelectorAll<HTMLInputElement>('input#select-all').forEach((input) => {
    if (input.getAttribute('aria-label') !== 'Alle Zeilen auswählen') {
      input.setAttribute('aria-label', 'Alle Zeilen auswählen')
      input.removeAttribute('aria-labelledby')
      input.removeAttribute('title')
    }
  })
  for (const [selector, label] of [
    ['button.condition__actions-remove:not([aria-label])', 'Bedingung entfernen'],
    ['button.condition__actions-add:not([aria-label])', 'Bedingung hinzufügen'],
    ['button.clickable-arrow--left:not([aria-label])', 'Vorherige Seite'],
    ['button.clickable-arrow--right:not([aria-label])', 'Nächste Seite'],
    ['a.step-nav__home:not([aria-label])', 'Übersicht'],
  ] as const)
    root.querySelectorAll(selector).forEach((button) => button.setAttribute('aria-label', label))

  // Edit view. The label of a rich-text, select, relationship or date field is a <label for="field-…"> naming no
  // element: Payload gives the rich-text editor (a contenteditable, which a <label> cannot name anyway), react-select's
  // input and the date picker's input no id. They are named by the label instead.
  for (const selector of [
    '.ContentEditable__root[contenteditable]',
    'input[id^="react-select-"][id$="-input"]',
    '.date-time-picker input',
  ])
    root.querySelectorAll<HTMLElement>(selector).forEach((control) => labelByField(root, control))
  // The save/publish button's arrow that opens more actions holds only an icon.
  root.querySelectorAll('button.popup-button:not([aria-label])').forEach((button) => {
    if (!button.textContent?.trim()) button.setAttribute('aria-label', 'Weitere Aktionen')
  })
  // The date field's clear button holds only an icon.
  root.querySelectorAll('button.date-time-picker__clear-button:not([aria-label])').forEach((button) => {
    button.setAttribute('aria-label', 'Datum entfernen')
  })
  // react-select's clear and dropdown indicators are aria-hidden (react-select's design: the combobox's input does
  // the same by keyboard, Backspace and arrow down) but Payload makes them focusable: out of the tab order.
  root
    .querySelectorAll('.clear-indicator[aria-hidden="true"], .dropdown-indicator[aria-hidden="true"]')
    .forEach((indicator) => {
      if (indicator.getAttribute('tabindex') !== '-1') indicator.setAttribute('tabindex', '-1')
    })
  // The document's tabs (Bearbeiten, Versionen, API) are a <ul> whose children are links and divs, not <li>.
  root.querySelectorAll('ul.doc-tabs__tabs:not([role])').forEach((list) => list.setAttribute('role', 'none'))
  // The active tab is a <div> with an aria-label (not allowed on a div without a role); its text names it.
  root.querySelectorAll('div.doc-tab--active[aria-label]').forEach((tab) => tab.removeAttribute('aria-label'))
  // A checkbox field's input is aria-labelledby its field name, which is no element's id (its <label for> names it).
  root.querySelectorAll('.checkbox-input input[aria-labelledby]').forEach((input) => {
    const ids = input.getAttribute('aria-labelledby')!.split(/\s+/).filter(Boolean)
    if (!ids.some((id) => root.getElementById(id))) input.removeAttribute('aria-labelledby')
  })
  // The edit form of a document with drafts has no submit button when its user may not publish: "Entwurf speichern"
  // is a button of type "button", so the form cannot be sent from the keyboard by Enter. It becomes the form's
  // submit button; its own click handler saves the draft, and `keepDraftSubmitToItsButton` keeps Payload's form
  // from sending a second time.
  root.querySelectorAll('form').forEach((form) => {
    if (form.querySelector('button[type="submit"], button:not([type]), input[type="submit"], input[type="image"]'))
      return
    form.querySelector('button#action-save-draft[type="button"]')?.setAttribute('type', 'submit')
  })
}

/**
 * A submit by "Entwurf speichern" (made the form's submit button above): its
 * click handler has saved the draft already; the form's own submit (Payload's
 * default action) must not follow. Listens in the capture phase, before React.
 */
export function keepDraftSubmitToItsButton(event: Event): void {
  const submitter = (event as SubmitEvent).submitter
  if (submitter?.id !== 'action-save-draft') return
  event.preventDefault()
  event.stopPropagation()
}

/** Names `control` by the label of the Payload field it is in (that label gets an id when it has none). */
function labelByField(root: Document, control: HTMLElement): void {
  if (control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby')) return
  const field = control.closest('.field-type')
  const label = [...(field?.querySelectorAll<HTMLElement>('.field-label') ?? [])].find(
    (candidate) => candidate.closest('.field-type') === field && candidate.textContent?.trim(),
  )
  if (!label) return
  if (!label.id) {
    const base = `${label.getAttribute('for') || 'field'}-label`
    let id = base
    for (let n = 2; root.getElementById(id); n++) id = `${base}-${n}`
    label.id = id
  }
  control.setAttribute('aria-labelledby', label.id)
}

/** Mounted as an admin provider (admin.components.providers): repairs the markup as pages change. */
export function AccessibleAdmin({ children }: { children?: React.ReactNode }) {
  useEffect(() => {
    let scheduled = false
    const repair = () => {
      scheduled = false
      repairAdminMarkup(document)
    }
    repair()
    const observer = new MutationObserver(() => {
      if (scheduled) return
      scheduled = true
      requestAnimationFrame(repair)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    document.addEventListener('submit', keepDraftSubmitToItsButton, true)
    return () => {
      observer.disconnect()
      document.removeEventListener('submit', keepDraftSubmitToItsButton, true)
    }
  }, [])
  return <>{children}</>
}
