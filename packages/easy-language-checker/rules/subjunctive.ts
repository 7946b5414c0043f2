import { isInfinitive } from '../lexicon/verbs.ts'
import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Sentence, Word } from '../text.ts'
import { DETERMINERS, POSSESSIVES, PRONOUNS } from '../wordlists.ts'
import type { Finding } from '../types.ts'

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

/** Konjunktiv I forms that are never indicative, with the indicative (3rd person). */
const ALWAYS_KONJUNKTIV_I: Readonly<Record<string, string>> = {
  sei: 'ist',
  seist: 'bist',
  seiest: 'bist',
  seien: 'sind',
  seiet: 'seid',
  könne: 'kann',
  müsse: 'muss',
  dürfe: 'darf',
  solle: 'soll',
  wolle: 'will',
  möge: 'mag',
  wisse: 'weiß',
}

/** Present tense of strong verbs whose 3rd person changes the vowel ("er gebe" → "er gibt"). */
const IRREGULAR_PRESENT: Readonly<Record<string, string>> = {
  habe: 'hat',
  werde: 'wird',
  gebe: 'gibt',
  nehme: 'nimmt',
  helfe: 'hilft',
  sehe: 'sieht',
  lese: 'liest',
  fahre: 'fährt',
  laufe: 'läuft',
  halte: 'hält',
  trage: 'trägt',
  lasse: 'lässt',
  falle: 'fällt',
  schlafe: 'schläft',
  spreche: 'spricht',
  treffe: 'trifft',
  gelte: 'gilt',
  vergesse: 'vergisst',
  esse: 'isst',
  empfehle: 'empfiehlt',
  trete: 'tritt',
  erhalte: 'erhält',
  bekomme: 'bekommt',
  tue: 'tut',
  wisse: 'weiß',
}

/** Adjectives and adverbs in -e that look like a Konjunktiv I ("es lange", "sie bitte"). */
const NOT_KONJUNKTIV_I = new Set(
  `bitte danke gerne lange heute bequeme bereite billige blasse breite dichte dünne einige enge faule fertige fette
  feuchte fixe flache forsche frische gesunde gleiche heiße helle klare kranke kräftige kühle laute leere liebe lose
  mäßige nötige raue rege reiche reife runde schicke schnelle spitze starre stille strenge süße tolle trübe tätige
  wahre weiche weise weite alleine ferne nahe ohne viele wenige andere beide solche manche jene`.split(/\s+/u),
)

const THIRD_PERSON = new Set(['er', 'sie', 'es', 'man'])

function indicativeOf(form: string): string {
  const irregular = IRREGULAR_PRESENT[form] ?? ALWAYS_KONJUNKTIV_I[form]
  if (irregular !== undefined) return irregular
  const stem = form.slice(0, -1)
  return /(t|d|chn|ffn|gn|dm|tm)$/u.test(stem) ? `${stem}et` : `${stem}t`
}

/** A subject right before the verb: "sie habe", "der Antrag sei", "das Kind müsse". */
function subjectBefore(sentence: Sentence, word: Word): boolean {
  const previous = sentence.words[word.position - 1]
  if (previous === undefined || previous.clause !== word.clause) return false
  if (THIRD_PERSON.has(previous.text)) return true
  const article = sentence.words[word.position - 2]
  return (
    isCapitalised(previous.text) &&
    !PRONOUNS.has(previous.lower) &&
    article !== undefined &&
    (DETERMINERS.has(article.lower) || POSSESSIVES.has(article.lower))
  )
}

/** A subject right after the verb: "gebe es", "habe Ihr Sohn". */
function subjectAfter(sentence: Sentence, word: Word): boolean {
  const next = sentence.words[word.position + 1]
  if (next === undefined || next.clause !== word.clause) return false
  if (next.lower === 'er' || next.lower === 'es' || next.lower === 'man') return true
  const noun = sentence.words[word.position + 2]
  return (DETERMINERS.has(next.lower) || POSSESSIVES.has(next.lower)) && noun !== undefined && isCapitalised(noun.text)
}

/**
 * Konjunktiv I of indirect speech: "er sei", "sie habe", "es gebe", "das Kind
 * müsse". Forms that are never indicative (sei, könne, müsse, …) always count;
 * the others (habe, gebe, komme) only with a third-person subject next to them
 * and no "ich" in the clause, because "ich habe" is the indicative.
 */
function konjunktivI(sentence: Sentence, word: Word): Finding | undefined {
  if (word.position === 0 || isCapitalised(word.text)) return undefined // "Sei vorsichtig!", "Seien Sie …"
  const lower = word.lower
  if (lower === 'seien' && sentence.words[word.position + 1]?.text === 'Sie') return undefined
  const always = Object.hasOwn(ALWAYS_KONJUNKTIV_I, lower)
  if (!always) {
    if (!lower.endsWith('e') || NOT_KONJUNKTIV_I.has(lower) || !isInfinitive(`${lower}n`)) return undefined
    if (DETERMINERS.has(lower) || POSSESSIVES.has(lower) || PRONOUNS.has(lower)) return undefined // "eine", "seine"
    if (sentence.words.some((other) => other.clause === word.clause && other.lower === 'ich')) return undefined
    if (!subjectBefore(sentence, word) && !subjectAfter(sentence, word)) return undefined
  }
  const indicative = indicativeOf(lower)
  return spanFinding(
    'subjunctive',
    'error',
    word,
    word,
    `„${word.text}“ ist Konjunktiv (indirekte Rede). Schreiben Sie direkt, zum Beispiel mit „${indicative}“: „Das Amt sagt: Der Antrag ist da.“`,
    indicative,
  )
}

/**
 * Konjunktiv II (würde, hätte, wäre, könnte, müsste, sollte, dürfte, käme, …)
 * and Konjunktiv I of indirect speech (sei, habe, gebe, müsse, …).
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
        if (form === undefined) {
          const first = konjunktivI(sentence, word)
          if (first !== undefined) findings.push(first)
          continue
        }
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
