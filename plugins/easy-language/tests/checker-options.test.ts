import { describe, expect, it } from 'vitest'
import {
  checkEasyLanguage,
  countLabel,
  describeFinding,
  lineOf,
  placeOf,
  publishRefusalMessage,
  publishRefusalSummary,
  ruleOptions,
  wordbookOf,
} from '../checker.ts'
import { standardTextParts, standardTextVersionOf, type StandardTextSource } from '../standardText.ts'
import { Services } from '../../../cms/collections/Services.ts'
import { textToLexical } from '../../../cms/export/richtext.ts'
import { RULE_IDS } from '../../../packages/easy-language-checker/index.ts'

const text = 'Sie stellen einen Antrag.\nDer Antrag wird vom Amt geprüft.\nSie bekommen Geld nach dem SGB.'

describe('the checker as the CMS uses it', () => {
  it('gives each finding its line and flagged text, and the German line for the editor', () => {
    const { findings, errors, warnings } = checkEasyLanguage(text)
    expect(findings.map((f) => [f.rule, f.line, f.excerpt])).toEqual([
      ['passive', 2, 'wird vom Amt geprüft'],
      ['abbreviation', 3, 'SGB'],
    ])
    expect(errors).toHaveLength(2)
    expect(warnings).toHaveLength(0)
    expect(describeFinding(errors[0])).toMatch(/^Satz 2, Fehler: Dieser Satz steht im Passiv.* – Vorschlag: /)
    expect(lineOf(text, 0)).toBe(1)
    expect(lineOf(text, text.length)).toBe(3)
  })

  it('names the place by paragraph and sentence (or the sub-heading), not by line', () => {
    const long =
      '## Was ist das?\nDas ist gut. Der Antrag wird vom Amt geprüft.\n\nZweiter Absatz.\nNach dem SGB.\n## Wer\nMan hilft.'
    expect(checkEasyLanguage(long).findings.map((f) => [f.rule, f.place, f.excerpt])).toEqual([
      ['passive', 'Absatz 1, Satz 2', 'wird vom Amt geprüft'],
      ['abbreviation', 'Absatz 2, Satz 2', 'SGB'],
      ['impersonal', 'Absatz 3, Satz 1', 'Man'],
    ])
    expect(placeOf(long, 5)).toBe('Überschrift „Was ist das?“')
    // One paragraph: the sentence alone; a sentence that starts mid-line counts.
    expect(placeOf('Eins. Zwei.\nDrei.', 0)).toBe('Satz 1')
    expect(placeOf('Eins. Zwei.\nDrei.', 6)).toBe('Satz 2')
    expect(placeOf('Eins. Zwei.\nDrei.', 13)).toBe('Satz 3')
  })

  it('accepts glossary terms and applies overrides by rule and exact flagged text', () => {
    const withGlossary = checkEasyLanguage(text, { glossary: ['SGB'] })
    expect(withGlossary.errors.map((f) => f.rule)).toEqual(['passive'])
    const overridden = checkEasyLanguage(text, {
      glossary: ['SGB'],
      overrides: [{ rule: 'passive', excerpt: ' wird vom Amt  geprüft ' }],
    })
    expect(overridden.errors).toEqual([])
    expect(overridden.findings.filter((f) => f.overridden).map((f) => f.rule)).toEqual(['passive'])
    // Another rule or another text does not cover the finding.
    expect(
      checkEasyLanguage(text, { glossary: ['SGB'], overrides: [{ rule: 'genitive', excerpt: 'wird vom Amt geprüft' }] })
        .errors,
    ).toHaveLength(1)
    expect(
      checkEasyLanguage(text, { glossary: ['SGB'], overrides: [{ rule: 'passive', excerpt: 'wird geprüft' }] }).errors,
    ).toHaveLength(1)
  })

  it('lists every remaining error in the refusal message, and counts in German', () => {
    const message = publishRefusalMessage(checkEasyLanguage(text).errors)
    expect(message).toMatch(
      /^Der Text kann nicht veröffentlicht werden: Die Prüfung auf Leichte Sprache hat 2 Fehler gefunden\./,
    )
    expect(message).toContain('Satz 2: Dieser Satz steht im Passiv')
    expect(message).toContain('Satz 3: ')
    const summary = publishRefusalSummary(checkEasyLanguage(text).errors, true)
    // One intro, one colon, then comma-separated items: the admin's error toast shows them as a list.
    expect(summary.split(': ')[1].split(', ')).toEqual([
      'Satz 2 – Passiv „wird vom Amt geprüft“',
      'Satz 3 – Abkürzung „SGB“',
      'Prüfung durch die Zielgruppe fehlt',
    ])
    expect(countLabel(1, 1)).toBe('1 Fehler, 1 Hinweis')
    expect(countLabel(0, 2)).toBe('0 Fehler, 2 Hinweise')
  })

  it('shows the second-level findings with suggestions and blocks publishing only for errors', () => {
    const draft = 'Geben Sie uns ein Feedback.\nMan muss pünktlich sein.\nSie bekommen Geld, obwohl Sie arbeiten.'
    const { errors, warnings } = checkEasyLanguage(draft)
    expect(warnings.map((f) => [f.rule, f.line, f.excerpt, f.suggestion])).toEqual([
      ['foreign-word', 1, 'Feedback', 'Rückmeldung'],
      ['impersonal', 2, 'Man', 'Sie müssen'],
    ])
    expect(errors.map((f) => [f.rule, f.line, f.excerpt])).toEqual([['subordinate-clause', 3, 'obwohl']])
    expect(describeFinding(warnings[0])).toMatch(/^Satz 1, Hinweis: .* – Vorschlag: Rückmeldung$/)
    expect(publishRefusalSummary(errors, false)).toContain('Satz 3 – Schwieriger Nebensatz „obwohl“')
    // a foreign word that the Wörterbuch explains is known
    expect(checkEasyLanguage(draft, { glossary: ['Feedback'] }).warnings.map((f) => f.rule)).toEqual(['impersonal'])
  })

  it('reports a Wörterbuch entry with a replacement as a foreign word, unless the text’s own glossary explains it', () => {
    const wordbook = wordbookOf([
      { term: ' Reminder ', replacement: 'Erinnerung' },
      { term: 'BAföG', replacement: null },
      { term: 'Newsletter', replacement: '  ' },
      { term: 'Feedback', replacement: 'Meinung' },
      { term: '', replacement: 'leer' },
    ])
    // Entries without a replacement are explained words, the others are words to replace.
    expect(wordbook).toEqual({
      glossary: ['BAföG', 'Newsletter'],
      foreignWords: { Reminder: 'Erinnerung', Feedback: 'Meinung' },
    })
    const draft = 'Wir schicken Ihnen zwei Reminder.\nSie bekommen Geld nach dem BAföG.\nIhr Feedback hilft uns.'
    const { errors, warnings } = checkEasyLanguage(draft, wordbook)
    expect(errors).toEqual([])
    // Reminder is on no built-in list; the entry replaces the built-in suggestion for Feedback.
    expect(warnings.map((f) => [f.rule, f.line, f.excerpt, f.suggestion])).toEqual([
      ['foreign-word', 1, 'Reminder', 'Erinnerung'],
      ['foreign-word', 3, 'Feedback', 'Meinung'],
    ])
    expect(describeFinding(warnings[0])).toBe(
      'Satz 1, Hinweis: „Reminder“ ist ein Fremd·wort. Schreiben Sie „Erinnerung“. Oder erklären Sie das Wort im Wörterbuch. – Vorschlag: Erinnerung',
    )
    expect(checkEasyLanguage(draft).warnings.map((f) => f.excerpt)).toEqual(['Feedback'])
    // A text that explains the word in its own glossary may use it.
    const own = checkEasyLanguage(draft, { ...wordbook, glossary: [...wordbook.glossary, 'Reminder'] })
    expect(own.warnings.map((f) => f.excerpt)).toEqual(['Feedback'])
  })

  it('offers every rule of the checker for overrides', () => {
    expect(ruleOptions.map((o) => o.value)).toEqual([...RULE_IDS])
    for (const option of ruleOptions) expect(option.label).not.toBe(option.value)
  })
})

/** The standard text of a service as cms/payload.config.ts names it. */
const serviceStandardText = standardTextParts(Services, [
  'name',
  'teaser',
  'description',
  'audience',
  'requirements',
  'documents',
  'costs',
  'deadlines',
  'processingTime',
  'procedure',
])
const versionOf = (doc: StandardTextSource) => standardTextVersionOf(serviceStandardText, doc)

describe('standardTextVersionOf', () => {
  const service = {
    name: 'Persönliches Budget',
    teaser: 'Geld statt Sachleistung.',
    description: textToLexical('Das Budget ist Geld.'),
    documents: [{ id: 'a', name: 'Antrag', note: null }],
  }

  it('changes when the standard text changes, and only then', () => {
    const version = versionOf(service)
    expect(version).toMatch(/^[0-9a-f]{16}$/)
    expect(versionOf({ ...service, teaser: 'Ein anderer Kurztext.' })).not.toBe(version)
    expect(versionOf({ ...service, description: textToLexical('Das Budget ist viel Geld.') })).not.toBe(version)
    expect(versionOf({ ...service, documents: [{ id: 'a', name: 'Bescheid', note: null }] })).not.toBe(version)
    // Row ids, surrounding white space and fields outside the standard text do not count.
    expect(versionOf({ ...service, documents: [{ id: 'b', name: 'Antrag', note: null }] })).toBe(version)
    expect(versionOf({ ...service, teaser: '  Geld statt Sachleistung.\r\n' })).toBe(version)
    expect(versionOf({ ...service, leikaKey: '99012345678901' })).toBe(version)
  })

  it('reads each field by its type in the collection: rich text by its words, lists by their rows', () => {
    expect(serviceStandardText.map(({ label: _label, ...part }) => part)).toEqual([
      { name: 'name', kind: 'text' },
      { name: 'teaser', kind: 'text' },
      { name: 'description', kind: 'richText' },
      { name: 'audience', kind: 'text' },
      { name: 'requirements', kind: 'richText' },
      { name: 'documents', kind: 'rows', rowFields: ['name', 'note'] },
      { name: 'costs', kind: 'text' },
      { name: 'deadlines', kind: 'text' },
      { name: 'processingTime', kind: 'text' },
      { name: 'procedure', kind: 'richText' },
    ])
    // The German labels, for showing the parts to people.
    expect(serviceStandardText.slice(0, 3).map((part) => part.label)).toEqual(['Bezeichnung', 'Kurztext', 'Volltext'])
    expect(() => standardTextParts(Services, ['name', 'summary'])).toThrow(/has no field "summary"/)
  })

  it('gives the versions that the services in the database already hold (the former fixed field list)', () => {
    // Computed with the hand-written fingerprint before the fields became an option: the same text keeps its
    // version, so no Leichte-Sprache text becomes stale by the update.
    expect(
      versionOf({
        ...service,
        requirements: textToLexical('Sie haben eine Behinderung.\n\n- Antrag\n- Bescheid'),
        audience: 'Menschen mit Behinderung',
        documents: [
          { id: 'a', name: 'Antrag', note: null },
          { id: 'b', name: 'Nachweis', note: ' Kopie ' },
        ],
        costs: 'keine',
        deadlines: null,
        processingTime: '4 Wochen',
        procedure: textToLexical('Erst den Antrag.'),
      }),
    ).toBe('234bb5193b5a017c')
    expect(versionOf({ name: 'x' })).toBe('19e73c07ed74d411')
  })
})
