import { spanFinding, type Rule } from '../rule.ts'
import type { Word } from '../text.ts'

/**
 * Konjunktiv II forms and a plain indicative replacement. A replacement is
 * given for the third person; `firstPerson` is used after or before "ich".
 */
interface Form {
  replacement?: string
  firstPerson?: string
}

function forms(stem: string, endings: Record<string, Form>): Array<[string, Form]> {
  return Object.entries(endings).map(([ending, form]) => [stem + ending, form])
}

const SUBJUNCTIVE = new Map<string, Form>([
  ...forms('würd', { e: {}, est: {}, en: {}, et: {} }),
  ...forms('hätt', {
    e: { replacement: 'hat', firstPerson: 'habe' },
    est: { replacement: 'hast' },
    en: { replacement: 'haben' },
    et: { replacement: 'habt' },
  }),
  ...forms('wär', {
    e: { replacement: 'ist', firstPerson: 'bin' },
    est: { replacement: 'bist' },
    st: { replacement: 'bist' },
    en: { replacement: 'sind' },
    et: { replacement: 'seid' },
    t: { replacement: 'seid' },
  }),
  ...forms('könnt', {
    e: { replacement: 'kann' },
    est: { replacement: 'kannst' },
    en: { replacement: 'können' },
    et: { replacement: 'könnt' },
  }),
  ...forms('müsst', {
    e: { replacement: 'muss' },
    est: { replacement: 'musst' },
    en: { replacement: 'müssen' },
    et: { replacement: 'müsst' },
  }),
  ...forms('müßt', { e: { replacement: 'muss' }, en: { replacement: 'müssen' } }),
  ...forms('sollt', {
    e: { replacement: 'soll' },
    est: { replacement: 'sollst' },
    en: { replacement: 'sollen' },
    et: { replacement: 'sollt' },
  }),
  ...forms('dürft', {
    e: { replacement: 'darf' },
    est: { replacement: 'darfst' },
    en: { replacement: 'dürfen' },
    et: { replacement: 'dürft' },
  }),
  ...forms('bräucht', { e: { replacement: 'braucht', firstPerson: 'brauche' }, en: { replacement: 'brauchen' } }),
  ...forms('gäb', { e: { replacement: 'gibt', firstPerson: 'gebe' }, en: { replacement: 'geben' } }),
  ...forms('käm', { e: { replacement: 'kommt', firstPerson: 'komme' }, en: { replacement: 'kommen' } }),
  ...forms('bekäm', { e: { replacement: 'bekommt', firstPerson: 'bekomme' }, en: { replacement: 'bekommen' } }),
  ...forms('wüsst', { e: { replacement: 'weiß' }, en: { replacement: 'wissen' } }),
  ...forms('ging', { e: { replacement: 'geht', firstPerson: 'gehe' } }),
  ...forms('stünd', { e: { replacement: 'steht', firstPerson: 'stehe' }, en: { replacement: 'stehen' } }),
  ...forms('blieb', { e: { replacement: 'bleibt', firstPerson: 'bleibe' } }),
  ...forms('fänd', { e: { replacement: 'findet', firstPerson: 'finde' }, en: { replacement: 'finden' } }),
  ...forms('läg', { e: { replacement: 'liegt' } }),
  ...forms('ließ', { e: { replacement: 'lässt' } }),
  ...forms('hieß', { e: { replacement: 'heißt' } }),
  ...forms('tät', { e: { replacement: 'tut' }, en: { replacement: 'tun' } }),
])

const MOECHTE = new Map<string, Form>(
  forms('möcht', {
    e: { replacement: 'will' },
    est: { replacement: 'willst' },
    en: { replacement: 'wollen' },
    et: { replacement: 'wollt' },
  }),
)

function nextTo(words: readonly Word[], word: Word, lower: string): boolean {
  return words[word.position - 1]?.lower === lower || words[word.position + 1]?.lower === lower
}

/**
 * Konjunktiv II (würde, hätte, wäre, könnte, müsste, sollte, dürfte, käme, …).
 * "möchte" is allowed by default (option `allowMoechte`): it is the usual polite
 * way to say "want" and easy to understand.
 */
export const subjunctive: Rule = {
  id: 'subjunctive',
  title: 'Konjunktiv',
  check({ parsed, options }) {
    const findings = []
    for (const sentence of parsed.sentences) {
      for (const word of sentence.words) {
        const form = SUBJUNCTIVE.get(word.lower) ?? (options.allowMoechte ? undefined : MOECHTE.get(word.lower))
        if (form === undefined) continue
        const ich = nextTo(sentence.words, word, 'ich')
        let replacement = ich && form.firstPerson !== undefined ? form.firstPerson : form.replacement
        if (replacement !== undefined && word.text !== word.lower) {
          replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1)
        }
        const message =
          replacement === undefined
            ? `„${word.text}“ ist Konjunktiv. Schreiben Sie klar und direkt, ohne „würde“: „Ich helfe Ihnen.“ statt „Ich würde Ihnen helfen.“`
            : `„${word.text}“ ist Konjunktiv. Schreiben Sie klar und direkt, zum Beispiel mit „${replacement}“.`
        findings.push(spanFinding('subjunctive', 'error', word, word, message, replacement))
      }
    }
    return findings
  },
}
