import { isInfinitive, isStrongParticiple, isVerb, SEPARABLE_PREFIXES } from '../lexicon/verbs.ts'
import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Sentence, Word } from '../text.ts'
import type { Finding } from '../types.ts'

const PRESENT_WERDEN = new Set(['werde', 'wirst', 'wird', 'werden', 'werdet'])
const PAST_WERDEN = new Set(['wurde', 'wurdest', 'wurden', 'wurdet', 'worden'])

/** Participles of strong and irregular verbs with "ge-" (the ones without "ge-" are derived from them). */
const STRONG_PARTICIPLES = new Set(
  `gebacken gebeten gebissen geblieben geboten gebogen gebrochen gebunden gedrungen gefahren gefangen geflogen
  geflohen geflossen gefressen gefroren gefunden gegeben gegangen gegessen geglichen gegolten gegossen gegraben
  gegriffen gehalten gehangen gehauen gehoben geholfen geklungen gekommen gekrochen geladen gelassen gelaufen gelegen
  gelesen geliehen gelitten gelogen gelungen gemessen gemieden genommen genossen gepfiffen gepriesen geraten gerieben
  gerissen geritten gerochen gerufen geschaffen geschieden geschienen geschlafen geschlagen geschlichen geschliffen
  geschlossen geschmissen geschmolzen geschnitten geschoben gescholten geschossen geschrieben geschrien geschritten
  geschwiegen geschwollen geschwommen geschworen geschwunden gesehen gesessen gesoffen gesponnen gesprochen gesprungen
  gestanden gestiegen gestochen gestohlen gestorben gestoßen gestrichen gestritten gesungen gesunken getan getragen
  getreten getrieben getroffen getrunken gewachsen gewaschen gewichen gewiesen geworben geworfen gewogen gewonnen
  gewunden gezogen gezwungen`.split(/\s+/u),
)

/** Strong participles that look the same as the infinitive ("geben" → "vergeben"), so "wird vergeben" may be future. */
const SAME_AS_INFINITIVE = new Set(
  `gebacken gefahren gefangen gegeben gegessen gegraben gehalten gekommen geladen gelassen gelaufen gelesen gemessen
  geraten gerufen geschaffen geschlafen geschlagen gesehen gestoßen getragen getreten gewachsen gewaschen`.split(
    /\s+/u,
  ),
)

/** Strong participles without "ge-" that cannot be derived by the rule above. */
const EXTRA_PARTICIPLES = new Set(['empfohlen', 'befohlen', 'verloren', 'begonnen', 'verdorben', 'erloschen'])

/** Prefixes after which a participle has no "ge-" ("bezahlt", "überwiesen", "wiederholt", "durchsucht"). */
const INSEPARABLE = [
  'be',
  'ver',
  'er',
  'ent',
  'emp',
  'zer',
  'miss',
  'über',
  'unter',
  'hinter',
  'wider',
  'wieder',
  'durch',
  'um',
  'voll',
]
const SEPARABLE = [
  ...SEPARABLE_PREFIXES,
  ...'dar bereit kennen sicher gut rück zurecht bekannt kaputt klar schwarz krank nahe offen übrig wahr'.split(' '),
]
  .sort((a, b) => b.length - a.length)
  .join('|')

const WEAK_GE = new RegExp(`^(?:${SEPARABLE})?ge\\p{L}{2,}t$`, 'u')
const WEAK_INSEPARABLE = new RegExp(`^(?:${SEPARABLE})?(?:${INSEPARABLE.join('|')})\\p{L}{2,}t$`, 'u')
const STRONG_GE = new RegExp(`^(?:${SEPARABLE})?(ge\\p{L}+)$`, 'u')
const STRONG_INSEPARABLE = new RegExp(`^(?:${SEPARABLE})?(${INSEPARABLE.join('|')})(\\p{L}+)$`, 'u')

/** Words that look like participles but are adjectives, adverbs or other verb forms. */
const NOT_PARTICIPLES = new Set(
  `bereit bekannt berühmt beliebt bestimmt bewusst ernst verwandt verrückt gesamt insgesamt gerecht gelingt genügt
  gewinnt gefällt gesteht genießt gehorcht umgekehrt ausgerechnet gefallen geschehen entgegen vergeblich
  bekommen erhalten umsonst durchaus vollständig wiederum`.split(/\s+/u),
)

const isStrong = (root: string) => STRONG_PARTICIPLES.has(root) || isStrongParticiple(root)

export type ParticipleKind = 'participle' | 'ambiguous'

/** Whether a lower-case word is a past participle; 'ambiguous' when it may also be an infinitive ("vergeben"). */
export function participleKind(word: string): ParticipleKind | undefined {
  if (NOT_PARTICIPLES.has(word)) return undefined
  if (EXTRA_PARTICIPLES.has(word)) return 'participle'
  if (word.length > 5 && word.endsWith('iert')) return 'participle'
  if (WEAK_GE.test(word) || WEAK_INSEPARABLE.test(word)) return 'participle'
  const withGe = STRONG_GE.exec(word)
  if (withGe?.[1] !== undefined && isStrong(withGe[1])) return 'participle'
  const inseparable = STRONG_INSEPARABLE.exec(word)
  if (inseparable?.[2] !== undefined) {
    const root = 'ge' + inseparable[2]
    if (isStrong(root)) return SAME_AS_INFINITIVE.has(root) || isInfinitive(word) ? 'ambiguous' : 'participle'
  }
  return undefined
}

/** "Sie werden von uns beraten": an agent with "von"/"vom" between the two verbs marks the passive. */
function hasAgent(words: readonly Word[], auxiliary: Word, participle: Word): boolean {
  const [from, to] = [
    Math.min(auxiliary.position, participle.position),
    Math.max(auxiliary.position, participle.position),
  ]
  return words.slice(from + 1, to).some((word) => word.lower === 'von' || word.lower === 'vom')
}

function isWerden(word: Word): 'present' | 'past' | undefined {
  if (PRESENT_WERDEN.has(word.lower)) return 'present'
  if (PAST_WERDEN.has(word.lower)) return 'past'
  return undefined
}

const SEIN_FORMS = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären'])
const RECIPIENT_VERBS = new Set(
  `bekomme bekommst bekommt bekommen bekam bekamen kriege kriegst kriegt kriegen erhalte erhältst erhält erhalten
  erhielt erhielten`.split(/\s+/u),
)
/** "Ich bin bereit zu helfen" is active; "Das ist leicht zu verstehen" is a common phrase, not a hidden duty. */
const ACTIVE_BEFORE_ZU = new Set([
  'leicht',
  'schwer',
  'einfach',
  'gut',
  'kaum',
  'bereit',
  'fähig',
  'gewillt',
  'froh',
  'dabei',
  'imstande',
  'verpflichtet',
  'berechtigt',
])

/** A zu-infinitive: "zu unterschreiben" or "einzureichen"; returns the word before it. */
function zuInfinitive(sentence: Sentence, word: Word): { before: Word | undefined } | undefined {
  if (isCapitalised(word.text) && word.position !== 0) return undefined
  const previous = sentence.words[word.position - 1]
  if (previous?.lower === 'zu' && previous.clause === word.clause && isVerb(word.lower)) {
    return { before: sentence.words[word.position - 2] }
  }
  for (const particle of SEPARABLE_PREFIXES) {
    if (word.lower.startsWith(`${particle}zu`) && isInfinitive(word.lower.slice(particle.length + 2))) {
      return { before: previous }
    }
  }
  return undefined
}

const MODAL_HINT =
  'Sagen Sie, wer etwas tun muss: „Bitte schicken Sie den Antrag bis Freitag.“ statt „Der Antrag ist bis Freitag einzureichen.“'
const RECIPIENT_HINT =
  'Sagen Sie, wer etwas tut: „Die Kasse zahlt Ihnen die Kosten zurück.“ statt „Sie bekommen die Kosten erstattet.“'

/**
 * Passive without "werden": the modal passive ("Der Antrag ist bis Freitag
 * einzureichen") and the recipient passive ("Sie bekommen die Kosten
 * erstattet", "Sie erhalten den Bescheid zugeschickt").
 */
function passiveWithoutWerden(sentence: Sentence): Finding[] {
  const findings: Finding[] = []
  const words = sentence.words
  for (const verb of words) {
    if (!SEIN_FORMS.has(verb.lower) && !RECIPIENT_VERBS.has(verb.lower)) continue
    const clause = words.filter((word) => word.clause === verb.clause)
    if (SEIN_FORMS.has(verb.lower)) {
      // "Es ist wichtig, … zu kommen" is impersonal (rule impersonal), not passive
      if (words[verb.position + 1]?.lower === 'es' || words[verb.position - 1]?.lower === 'es') continue
      for (const word of clause) {
        if (word.position <= verb.position) continue
        const zu = zuInfinitive(sentence, word)
        if (zu === undefined) continue
        if (zu.before !== undefined && ACTIVE_BEFORE_ZU.has(zu.before.lower)) break
        findings.push(
          spanFinding(
            'passive',
            'error',
            verb,
            word,
            `„${verb.text} … ${word.text}“ ist ein verstecktes Passiv: Es sagt nicht, wer etwas tun muss. Schreiben Sie aktiv.`,
            MODAL_HINT,
          ),
        )
        break
      }
      continue
    }
    if (!RECIPIENT_VERBS.has(verb.lower)) continue
    const last = clause.at(-1)
    if (last === undefined) continue
    // "Sie bekommen das Geld überwiesen" (participle at the end) or "… erstattet bekommen" (just before the verb)
    const candidate = last === verb ? words[verb.position - 1] : last
    if (candidate === undefined || candidate.clause !== verb.clause || isCapitalised(candidate.text)) continue
    const from = Math.min(verb.position, candidate.position)
    const to = Math.max(verb.position, candidate.position)
    if (words.slice(from + 1, to).some((word) => word.lower === 'und' || word.lower === 'oder')) continue
    const kind = participleKind(candidate.lower) ?? participleKind(candidate.parts.at(-1)?.text.toLowerCase() ?? '')
    if (kind !== 'participle') continue
    const [first, end] = candidate.position < verb.position ? [candidate, verb] : [verb, candidate]
    findings.push(
      spanFinding(
        'passive',
        'error',
        first,
        end,
        `„${first.text} … ${end.text}“ ist ein Passiv mit „${verb.text}“. Schreiben Sie aktiv: Sagen Sie, wer etwas tut.`,
        RECIPIENT_HINT,
      ),
    )
  }
  return findings
}

/**
 * Passive voice: a form of "werden" and a past participle in the same clause
 * ("Der Antrag wird geprüft", "…, wenn das Paket geliefert wird"). Participles
 * that equal the infinitive ("vergeben", "beraten") only count with a past form
 * of "werden" or with an agent ("von uns beraten"), because "wird vergeben"
 * can also be future tense.
 */
export const passive: Rule = {
  id: 'passive',
  title: 'Passiv',
  check({ parsed }) {
    const findings: Finding[] = []
    for (const sentence of parsed.sentences) {
      const used = new Set<Word>()
      for (const auxiliary of sentence.words) {
        const tense = isWerden(auxiliary)
        if (tense === undefined) continue
        let best: Word | undefined
        for (const word of sentence.words) {
          if (word === auxiliary || word.clause !== auxiliary.clause || used.has(word)) continue
          if (isCapitalised(word.text) && word.position !== 0) continue // nouns
          // "krank·geschrieben": the last part decides
          const kind = participleKind(word.lower) ?? participleKind(word.parts.at(-1)?.text.toLowerCase() ?? '')
          if (kind === undefined) continue
          if (kind === 'ambiguous' && tense === 'present' && !hasAgent(sentence.words, auxiliary, word)) continue
          const distance = word.position - auxiliary.position
          const bestDistance = best === undefined ? Infinity : best.position - auxiliary.position
          // prefer the nearest participle after the auxiliary, then the nearest one before it
          const better =
            best === undefined ||
            (distance > 0 && (bestDistance < 0 || distance < bestDistance)) ||
            (distance < 0 && bestDistance < 0 && distance > bestDistance)
          if (better) best = word
        }
        if (best === undefined) continue
        used.add(best)
        const [first, last] = best.position < auxiliary.position ? [best, auxiliary] : [auxiliary, best]
        findings.push(
          spanFinding(
            'passive',
            'error',
            first,
            last,
            `Dieser Satz steht im Passiv („${first.text} … ${last.text}“). Schreiben Sie aktiv: Sagen Sie, wer etwas tut.`,
            'Zum Beispiel: „Das Amt prüft Ihren Antrag.“ statt „Ihr Antrag wird geprüft.“',
          ),
        )
      }
      findings.push(...passiveWithoutWerden(sentence))
    }
    return findings
  },
}
