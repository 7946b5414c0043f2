import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { contactPersons } from '../../cms/seed/data/contact-persons.ts'
import type { ServiceDocument } from '../../plugins/syndication/open-data-schemas.ts'

const siteDir = inject('siteDir')

/** Every text file of the release: pages (with their JSON-LD), open data, HSDS export, the embed script. */
function releaseTexts(): Map<string, string> {
  const texts = new Map<string, string>()
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|json|js|xml|txt|vtt)$/.test(entry.name)) continue
    if (entry.parentPath.includes(`${path.sep}pagefind`)) continue // Pagefind's own bundle, built from the pages checked here
    const file = path.join(entry.parentPath, entry.name)
    texts.set(path.relative(siteDir, file), readFileSync(file, 'utf8'))
  }
  return texts
}

/**
 * The demo content holds a draft-only service ("Inklusive Freizeitangebote (in
 * Vorbereitung)"), an unpublished change of the teaser of "Persönliches Budget"
 * ("ENTWURF: …") and eight contact persons without consent. None of it may
 * reach any output of the release. The live HSDS API and a name stored
 * without consent are covered by plugins/syndication/tests/syndicationPrivacy.ts.
 */
describe('what never leaves the CMS, in the demo release', () => {
  const texts = releaseTexts()
  const files = [...texts.keys()]

  it('scans every kind of output', () => {
    expect(files.some((f) => f.startsWith('api/v1/services/'))).toBe(true)
    expect(files.some((f) => f.startsWith(`api${path.sep}hsds${path.sep}`))).toBe(true)
    expect(files).toContain(path.join('embed', 'lotse.js'))
    expect([...texts.values()].filter((t) => t.includes('application/ld+json')).length).toBeGreaterThan(50)
  })

  it.each([
    ['the draft-only service (slug)', 'inklusive-freizeitangebote'],
    ['the draft-only service (name)', 'Inklusive Freizeitangebote'],
    ['the draft-only service (teaser)', 'Förderprogramm für inklusive Freizeitangebote'],
    ['the unpublished change', 'ENTWURF'],
    ['the consent record', 'recordedAt'],
  ])('contains nothing of %s', (_, marker) => {
    expect(files.filter((file) => texts.get(file)!.includes(marker))).toEqual([])
  })

  it('publishes contact persons without consent by function only, everywhere', () => {
    const withoutConsent = contactPersons.filter((c) => !c.consent.given).map((c) => c.slug)
    expect(withoutConsent).toHaveLength(8)
    const people = JSON.parse(texts.get(path.join('api', 'v1', 'contact-persons.json'))!) as Record<string, unknown>[]
    const listed = people.filter((p) => withoutConsent.includes(p.slug as string))
    expect(listed).toHaveLength(8)
    for (const person of listed) {
      expect(person.name, String(person.slug)).toBeUndefined()
      expect(person.photo, String(person.slug)).toBeUndefined()
    }
    const ids = new Set(listed.map((p) => p.id as string))
    let cards = 0
    for (const [file, text] of texts) {
      if (!file.startsWith(path.join('api', 'v1', 'services') + path.sep)) continue
      for (const contact of (JSON.parse(text) as ServiceDocument).contacts) {
        if (!ids.has(contact.id)) continue
        expect(contact.name, `${file}: ${contact.slug}`).toBeUndefined()
        cards++
      }
    }
    expect(cards).toBeGreaterThan(0)
  })
})
