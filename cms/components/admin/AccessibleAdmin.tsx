'use client'
import React, { useEffect } from 'react'

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
 *   does not count as link text.
 * Payload renders these in components it does not let a config replace, so
 * they are repaired in the page as they appear (a MutationObserver); the
 * contrast of Payload's grey labels is raised in custom.css. Remove a line
 * when Payload names the element itself.
 */
export function repairAdminMarkup(root: Document): void {
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
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
