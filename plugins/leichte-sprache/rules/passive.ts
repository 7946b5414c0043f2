import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Word } from '../text.ts'

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

const INSEPARABLE = ['be', 'ver', 'er', 'ent', 'emp', 'zer', 'miss', 'über', 'unter', 'hinter', 'wider']
const SEPARABLE =
  'ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|heraus|herein|hin|hinein|hoch|los|mit|nach|nieder|statt|teil|um|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen|bereit|kennen|sicher'

const WEAK_GE = new RegExp(`^(?:${SEPARABLE})?ge\\p{L}{2,}t$`, 'u')
const WEAK_INSEPARABLE = new RegExp(`^(?:${SEPARABLE})?(?:${INSEPARABLE.join('|')})\\p{L}{2,}t$`, 'u')
const STRONG_GE = new RegExp(`^(?:${SEPARABLE})?(ge\\p{L}+)$`, 'u')
const STRONG_INSEPARABLE = new RegExp(`^(?:${SEPARABLE})?(${INSEPARABLE.join('|')})(\\p{L}+)$`, 'u')

/** Words that look like participles but are adjectives, adverbs or other verb forms. */
const NOT_PARTICIPLES = new Set(
  `bereit bekannt berühmt beliebt bestimmt bewusst ernst verwandt verrückt gesamt insgesamt gerecht gelingt genügt
  gewinnt gefällt gesteht genießt gehorcht umgekehrt ausgerechnet gefallen geschehen entgegen vergeblich`.split(/\s+/u),
)

export type ParticipleKind = 'participle' | 'ambiguous'

/** Whether a lower-case word is a past participle; 'ambiguous' when it may also be an infinitive ("vergeben"). */
export function participleKind(word: string): ParticipleKind | undefined {
  if (NOT_PARTICIPLES.has(word)) return undefined
  if (EXTRA_PARTICIPLES.has(word)) return 'participle'
  if (word.length > 5 && word.endsWith('iert')) return 'participle'
  if (WEAK_GE.test(word) || WEAK_INSEPARABLE.test(word)) return 'participle'
  const withGe = STRONG_GE.exec(word)
  if (withGe?.[1] !== undefined && STRONG_PARTICIPLES.has(withGe[1])) return 'participle'
  const inseparable = STRONG_INSEPARABLE.exec(word)
  if (inseparable?.[2] !== undefined) {
    const root = 'ge' + inseparable[2]
    if (STRONG_PARTICIPLES.has(root)) return SAME_AS_INFINITIVE.has(root) ? 'ambiguous' : 'participle'
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
    const findings = []
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
    }
    return findings
  },
}
