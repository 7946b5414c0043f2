/**
 * The demo content is what people first see of Lotse: its Leichte Sprache has
 * to pass the project's own checker (no error findings; warnings are allowed)
 * and every text carries a review record, or the seed could not publish it.
 */
import { describe, expect, it } from 'vitest'
import { checkEasyLanguage, describeFinding } from '../../plugins/easy-language/index.ts'
import { check } from '../../packages/easy-language-checker/index.ts'
import { validEasyLanguageLabel } from '../../cms/fields/validators.ts'
import { contactPersons } from '../../cms/seed/data/contact-persons.ts'
import { easyLanguageTexts } from '../../cms/seed/data/easy-language-texts.ts'
import { glossaryTerms } from '../../cms/seed/data/glossary.ts'
import { services as allServices } from '../../cms/seed/data/services.ts'
import { topics } from '../../cms/seed/data/topics.ts'

/** The published Wörterbuch of the demo, as the hooks pass it to the checker. */
const publishedTerms = glossaryTerms.map((g) => g.term)

describe('demo content in Leichter Sprache', () => {
  it.each(easyLanguageTexts.map((t) => [t.slug, t] as const))(
    '%s has no error findings and a review record',
    (_slug, t) => {
      const { errors } = checkEasyLanguage(t.text, { glossary: [...t.glossary.map((g) => g.term), ...publishedTerms] })
      expect(errors.map(describeFinding)).toEqual([])
      // Longer than a screen: structured with sub-headings (the checker warns otherwise).
      expect(check(t.text).filter((finding) => finding.rule === 'sub-heading')).toEqual([])
      for (const picture of t.pictures ?? []) {
        expect(t.text.split('\n'), `${t.slug}: picture beside a sentence of the text`).toContain(picture.sentence)
        expect(picture.alt.trim()).not.toBe('')
      }
      expect(t.review.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}/)
      expect(Number.isNaN(new Date(t.review.reviewedAt).getTime())).toBe(false)
      expect(t.review.reviewedBy.trim()).not.toBe('')
      for (const g of t.glossary) {
        const own = checkEasyLanguage(g.explanation, { glossary: [g.term, ...publishedTerms] })
        expect(own.errors.map(describeFinding), `${t.slug}: ${g.term}`).toEqual([])
      }
    },
  )

  it.each(contactPersons.map((c) => [c.slug, c] as const))(
    'contact person %s has its function in Leichte Sprache, accepted by the CMS',
    (_slug, c) => {
      expect(c.functionEasyLanguage?.trim()).toBeTruthy()
      expect(validEasyLanguageLabel(c.functionEasyLanguage)).toBe(true)
    },
  )

  // The Leichte-Sprache finder and near me list every topic and service by these labels.
  it.each(topics.map((topic) => [topic.slug, topic] as const))(
    'topic %s has its title in Leichte Sprache, accepted by the CMS',
    (_slug, topic) => {
      expect(topic.titleEasyLanguage?.trim()).toBeTruthy()
      expect(validEasyLanguageLabel(topic.titleEasyLanguage)).toBe(true)
    },
  )

  it.each(allServices.map((service) => [service.slug, service] as const))(
    'service %s has its name in Leichte Sprache, accepted by the CMS',
    (_slug, service) => {
      expect(service.nameEasyLanguage?.trim()).toBeTruthy()
      expect(validEasyLanguageLabel(service.nameEasyLanguage)).toBe(true)
    },
  )

  it('refuses a function in administrative German as a Leichte-Sprache label', () => {
    expect(validEasyLanguageLabel('Fallmanagerin Eingliederungshilfe Oberbergischer Kreis')).toMatch(
      /keine Leichte Sprache/,
    )
  })

  it('has 8 to 12 Wörterbuch entries with distinct terms and slugs', () => {
    expect(glossaryTerms.length).toBeGreaterThanOrEqual(8)
    expect(glossaryTerms.length).toBeLessThanOrEqual(12)
    expect(new Set(glossaryTerms.map((g) => g.term.toLowerCase())).size).toBe(glossaryTerms.length)
  })

  it.each(glossaryTerms.map((g) => [g.term, g] as const))(
    'Wörterbuch: %s is explained without error findings',
    (_term, g) => {
      const { errors } = checkEasyLanguage(g.explanation, { glossary: publishedTerms })
      expect(errors.map(describeFinding)).toEqual([])
      expect(g.explanation.trim()).not.toBe('')
    },
  )
})
