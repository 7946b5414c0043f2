import { de } from '@payloadcms/translations/languages/de'
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import { describe, expect, it } from 'vitest'
import configPromise from '../payload.config.ts'
import { deOverrides } from './de.ts'

/**
 * Informal address in German: the pronouns of the 2nd person (du, dich, dir,
 * dein…, ihr/euch/euer as plural address), verbs in the 2nd person singular
 * ("hast", "bist", "möchtest" …) and the informal imperatives Payload's
 * translation uses ("gib", "wähle", "klicke" …). Whole words only, so "Dauer",
 * "durch", "Dubai", "Direktor", "Seitendesign" do not match; "Ihr"/"Ihre" is
 * the formal possessive and not listed.
 */
const informal = new RegExp(
  '(?<![\\p{L}\\p{N}_])(' +
    [
      'du',
      'dich',
      'dir',
      'dein',
      'deine',
      'deinen',
      'deinem',
      'deiner',
      'deines',
      'euch',
      'euer',
      'eure',
      'euren',
      'eurem',
      'eurer',
      'hast',
      'bist',
      'kannst',
      'musst',
      'willst',
      'möchtest',
      'solltest',
      'wirst',
      'darfst',
      'würdest',
      'hättest',
      'wärst',
      'warst',
      'wurdest',
      'erhältst',
      'siehst',
      'weißt',
      'fährst',
      'fortfährst',
      'anmeldest',
      // Informal imperatives (singular) as Payload's German writes them.
      'gib',
      'gehe',
      'geh',
      'wähle',
      'klicke',
      'kopiere',
      'ignoriere',
      'verifiziere',
      'überprüfe',
      'prüfe',
      'versuche',
      'speichere',
      'verwerfe',
      'ändere',
      'ziehe',
      'zeichne',
      'passe',
      'setze',
      'erstelle',
      'verknüpfe',
      'lade',
      'füge',
      'öffne',
      'trage',
      'lege',
    ].join('|') +
    ')(?![\\p{L}\\p{N}_])',
  'iu',
)

/** Every string of a translation object with its key path ("general:aboutToDelete"). */
function strings(translations: object, prefix = ''): [string, string][] {
  return Object.entries(translations).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : value && typeof value === 'object'
        ? strings(value, `${prefix}${key}:`)
        : [],
  )
}

const informalIn = (translations: object) => strings(translations).filter(([, text]) => informal.test(text))

describe('German admin translation', () => {
  it('finds informal address, and not words that only start like it', () => {
    for (const text of [
      'Du hast keine Berechtigung.',
      'Bist du sicher?',
      'deine Änderungen',
      'Bitte gib einen Wert ein',
    ])
      expect(text).toMatch(informal)
    for (const text of ['Dauer', 'durch', 'Dubai', 'Direktor', 'Ihre Änderungen', 'Sie haben', 'Seitendesign', 'Euro'])
      expect(text).not.toMatch(informal)
  })

  it("Payload's own German says du (what the overrides are for)", () => {
    expect(informalIn(de.translations).length).toBeGreaterThan(0)
  })

  it('addresses the user as "Sie" everywhere in the effective translation (Payload, plugins and ours)', async () => {
    const config = await configPromise
    const configured = (config.i18n.translations as Record<string, object> | undefined)?.de
    expect(configured, 'the project config sets German translations').toBeDefined()
    // As Payload merges them for a request (@payloadcms/translations initI18n).
    const effective = deepMergeSimple(de.translations, configured!)
    expect(informalIn(effective)).toEqual([])
    // The rich-text editor's hint comes from the editor's own settings (lexical's translation says "Beginne …").
    const field = (config.editor as { FieldComponent?: { serverProps?: { admin?: { placeholder?: string } } } })
      .FieldComponent
    expect(field?.serverProps?.admin?.placeholder).toMatch(/^Beginnen Sie /)
    // Nothing reaches the user untranslated because of a misspelt key.
    for (const [key] of strings(deOverrides)) expect(strings(de.translations).map(([k]) => k)).toContain(key)
  })

  it('reads right in the lists, the empty list, the account page and the page a role may not open', async () => {
    const config = await configPromise
    const effective = deepMergeSimple(
      de.translations,
      (config.i18n.translations as Record<string, object>).de,
    ) as typeof de.translations
    // An empty cell: no "<Kein Dezernate>" – the text fits every label, so it names none.
    expect(effective.general.noLabel).toBe('Keine Angabe')
    // Checkboxes in lists, the list filter and group-by headings.
    expect([effective.general.true, effective.general.false]).toEqual(['Ja', 'Nein'])
    expect(effective.general.noResultsDescription).toBe(
      'Entweder gibt es noch keine Einträge, oder keiner entspricht den oben angegebenen Filtern.',
    )
    expect(effective.general.payloadSettings).toBe('Einstellungen')
    // A signed-in user on a page of a role they lack; not "Nicht angemeldet".
    expect(effective.error.unauthorized).toBe('Keine Berechtigung')
    expect(effective.error.notAllowedToAccessPage).toBe('Sie haben keine Berechtigung, diese Seite aufzurufen.')
    // {{label}} is a plural or a name of any gender: never after "Kein", never in angle brackets, no "Payload".
    const all = strings(effective)
    expect(all.filter(([, text]) => /\bKein \{\{label\}\}|<[^>]*\{\{label\}\}[^<]*>/.test(text))).toEqual([])
    expect(all.filter(([, text]) => /\bPayload\b/.test(text)).map(([key]) => key)).toEqual([])
  })
})
