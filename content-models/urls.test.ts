import { describe, expect, it } from 'vitest'
import { FEEDBACK_ANCHOR, mailUrl, pageUrl, telUrl, urls } from './urls.ts'

describe('the URL scheme', () => {
  it('gives every page address with a trailing slash', () => {
    expect(urls.service('persoenliches-budget')).toBe('/leistungen/persoenliches-budget/')
    expect(urls.easyLanguageText('budget')).toBe('/leichte-sprache/budget/')
    expect(urls.location('koeln')).toBe('/standorte/koeln/')
    expect(urls.video('antrag')).toBe('/videos/antrag/')
    expect(urls.feedback()).toBe(`/barrierefreiheit/#${FEEDBACK_ANCHOR}`)
  })

  it('places editorial pages by their kind', () => {
    expect(pageUrl({ kind: 'start', slug: 'start' })).toBe('/')
    expect(pageUrl({ kind: 'easy-language-info', slug: 'x' })).toBe('/leichte-sprache/')
    expect(pageUrl({ kind: 'other', slug: 'presse' })).toBe('/seiten/presse/')
  })

  it('makes tel: and mailto: addresses from what the CMS stores', () => {
    expect(telUrl('0221 9999 120')).toBe('tel:+492219999120')
    expect(telUrl('0049 221 9999-120')).toBe('tel:+492219999120')
    expect(mailUrl('beratung@beispiel.de')).toBe('mailto:beratung@beispiel.de')
  })
})
