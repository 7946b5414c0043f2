import { infinitiveOfStem } from '../lexicon/verbs.ts'
import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Sentence, Word } from '../text.ts'
import type { Finding } from '../types.ts'

/** The verb with "Sie" for the verb next to "man": "muss" → "müssen". */
const WITH_SIE: Readonly<Record<string, string>> = {
  muss: 'müssen',
  kann: 'können',
  darf: 'dürfen',
  soll: 'sollen',
  sollte: 'sollten',
  will: 'wollen',
  möchte: 'möchten',
  hat: 'haben',
  ist: 'sind',
  wird: 'werden',
  bekommt: 'bekommen',
  gibt: 'geben',
  nimmt: 'nehmen',
  hilft: 'helfen',
  sieht: 'sehen',
  liest: 'lesen',
  weiß: 'wissen',
  braucht: 'brauchen',
}

function verbWithSie(verb: string): string | undefined {
  const known = WITH_SIE[verb]
  if (known !== undefined) return known
  if (!verb.endsWith('t')) return undefined
  return infinitiveOfStem(verb.slice(0, -1)) ?? infinitiveOfStem(verb.slice(0, -2))
}

/** "Das nennt man Wohn·geld": naming a term is fine. */
const NAMING = new Set(['nennt', 'heißt', 'sagt', 'schreibt', 'spricht', 'versteht'])

/** Nouns that speak about the reader in the third person ("Antragsteller müssen …"), as word stems. */
const READER_NOUNS =
  /^(antragsteller|antragstellend|leistungsberechtigt|leistungsbezieher|berechtigt|betroffen|versichert|interessiert|interessent|bewerber|teilnehmer|teilnehmend|ratsuchend|hilfesuchend|mieter|besucher|nutzer|kunde|kundin|beschäftigt)(?:in|innen|e|en|er|n)?$/u

const MODALS = new Set(`muss müssen kann können darf dürfen soll sollen sollte sollten brauchen braucht`.split(/\s+/u))

/** "Es ist wichtig, …", "Es empfiehlt sich, …": the reader is not addressed. */
const IMPERSONAL_ADJECTIVES = new Set(
  `wichtig nötig notwendig erforderlich ratsam sinnvoll empfehlenswert verpflichtend vorgeschrieben`.split(/\s+/u),
)

function readerNoun(sentence: Sentence, word: Word): boolean {
  if (!isCapitalised(word.text)) return false
  const joined = word.parts.map((part) => part.text.toLowerCase()).join('')
  if (!READER_NOUNS.test(joined)) return false
  const clause = sentence.words.filter((other) => other.clause === word.clause)
  // the subject: first in its clause (after "Alle"/"Die"), and a modal verb or "bitte" in the clause
  const index = clause.indexOf(word)
  const beforeIsArticle = index === 1 && /^(die|alle|der)$/u.test(clause[0]?.lower ?? '')
  if (index !== 0 && !beforeIsArticle) return false
  return clause.some((other) => MODALS.has(other.lower) || other.lower === 'bitte')
}

const MAN_HINT = 'Sprechen Sie die Leser direkt an: „Sie müssen …“ statt „Man muss …“.'

/**
 * Impersonal forms where the reader should be addressed directly: "man"
 * ("Man muss …" → "Sie müssen …"), readers named in the third person
 * ("Antragsteller müssen …", "Teilnehmende bringen bitte …") and impersonal
 * phrases ("Es ist wichtig, dass …", "Es empfiehlt sich …"). A warning: a
 * general statement may need "man", and "Das nennt man …" is fine.
 */
export const impersonal: Rule = {
  id: 'impersonal',
  title: 'Unpersönliche Form',
  check({ parsed }) {
    const findings: Finding[] = []
    for (const sentence of parsed.sentences) {
      const words = sentence.words
      for (const word of words) {
        const previous = words[word.position - 1]
        const next = words[word.position + 1]
        if (word.lower === 'man' && (word.text === 'man' || word.position === 0)) {
          if (previous !== undefined && NAMING.has(previous.lower)) continue
          const verb = [previous, next].find((candidate) => candidate !== undefined && verbWithSie(candidate.lower))
          const withSie = verb === undefined ? undefined : verbWithSie(verb.lower)
          findings.push(
            spanFinding(
              'impersonal',
              'warning',
              word,
              word,
              withSie === undefined
                ? `„${word.text}“ ist unpersönlich. ${MAN_HINT}`
                : `„${word.text}“ ist unpersönlich. Sprechen Sie die Leser direkt an: „Sie ${withSie} …“.`,
              withSie === undefined ? 'Sie' : `Sie ${withSie}`,
            ),
          )
          continue
        }
        if (readerNoun(sentence, word)) {
          findings.push(
            spanFinding(
              'impersonal',
              'warning',
              word,
              word,
              `„${word.text}“ spricht über die Leser, nicht mit ihnen. Schreiben Sie „Sie“: „Sie müssen …“.`,
              'Sie',
            ),
          )
          continue
        }
        if (word.position === 0 && word.lower === 'es' && next !== undefined) {
          const third = words[2]
          const phrase =
            (next.lower === 'ist' && third !== undefined && IMPERSONAL_ADJECTIVES.has(third.lower) && third) ||
            (next.lower === 'empfiehlt' && third?.lower === 'sich' && third) ||
            (/^(gilt|bedarf)$/u.test(next.lower) && next)
          if (phrase === false || phrase === undefined) continue
          findings.push(
            spanFinding(
              'impersonal',
              'warning',
              word,
              phrase,
              `„${parsed.text.slice(word.index, phrase.end)}“ ist unpersönlich. Sagen Sie, wer etwas tun soll.`,
              'Zum Beispiel: „Bitte kommen Sie pünktlich.“ oder „Wir empfehlen Ihnen …“',
            ),
          )
        }
      }
    }
    return findings
  },
}
