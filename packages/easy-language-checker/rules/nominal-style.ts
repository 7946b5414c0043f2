import { isVerb, SEPARABLE_PREFIXES } from '../lexicon/verbs.ts'
import { memoize } from '../memo.ts'
import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Sentence, Word } from '../text.ts'
import type { Finding } from '../types.ts'

/** Nouns made from verbs or adjectives: -ung, -heit, -keit, -ion, -nahme, -gabe, -sage, -lage, … */
const ABSTRACT = /(ung|heit|keit|ion|nahme|gabe|sage|lage|schluss|gang|halt|tritt|lauf|stellung)(en)?$/u

/**
 * -ung nouns that name a thing, a document or a service everybody knows ("Wohnung",
 * "Rechnung", "Beratung"): they are no nominal style.
 */
const CONCRETE = new Set(
  `wohnung rechnung zeitung heizung leistung versicherung behinderung beeinträchtigung meinung richtung ordnung
  regierung verwaltung stiftung einrichtung beratung ausbildung bildung kleidung nahrung abteilung sammlung zeichnung
  sendung sitzung siedlung bescheinigung genehmigung kündigung einladung mahnung quittung lösung hoffnung erfahrung
  übung impfung untersuchung überweisung erkältung entzündung verletzung wirkung nebenwirkung rente
  begleitung betreuung unterstützung pflege·versicherung erziehung ernährung werkstatt gesundheit krankheit freiheit
  sicherheit möglichkeit schwierigkeit tätigkeit fähigkeit region religion station nation information person
  million milliarde union pension position funktion aktion lektion portion mission kommission eingang ausgang
  anfang urlaub vorlage unterlage grundlage lage aufgabe ausgabe gabe angabe`.split(/\s+/u),
)

const MODAL_ADJECTIVES = new Set(
  `möglich unmöglich nötig notwendig erforderlich freiwillig verpflichtend zulässig ausgeschlossen vorgesehen`.split(
    /\s+/u,
  ),
)
const GENITIVE_OR_VON = new Set(
  `der des eines einer ihres ihrer seines seiner meines meiner unseres unserer von vom`.split(/\s+/u),
)
const PREPOSITIONS = new Set(['nach', 'bei', 'vor', 'mit', 'ab', 'bis', 'unter', 'zur', 'zum', 'seit', 'infolge'])
const SEIN = new Set(['ist', 'sind', 'war', 'waren', 'wird', 'werden'])
const POSSIBILITY = /^(möglichkeit|gelegenheit|notwendigkeit|pflicht|verpflichtung)$/u
const HAVE_OR_EXIST = new Set(['hat', 'haben', 'habe', 'besteht', 'bestehen', 'gibt'])

function lowerParts(word: Word): string {
  return word.parts.map((part) => part.text.toLowerCase()).join('')
}

/** An abstract noun made from a verb or adjective, not a well-known concrete word. */
function isAbstract(word: Word): boolean {
  if (!isCapitalised(word.text)) return false
  return isAbstractNoun(word.parts.map((part) => part.text.toLowerCase()).join('·'))
}

const isAbstractNoun = memoize((parts: string): boolean => {
  const last = parts.split('·').at(-1) ?? ''
  if (CONCRETE.has(last) || CONCRETE.has(last.replace(/en$/u, ''))) return false
  const joined = parts.replace(/·/gu, '')
  return ABSTRACT.test(joined) && joined.length > 5
})

/** A verb for an abstract noun where one can be derived: "Auszahlung" → "auszahlen", "Teilnahme" → "teilnehmen". */
export const verbFor = memoize(deriveVerb)

function deriveVerb(noun: string): string | undefined {
  const lower = noun.toLowerCase().replace(/[·-]/gu, '').replace(/en$/u, '')
  const candidates: string[] = []
  if (lower.endsWith('ung')) candidates.push(`${lower.slice(0, -3)}en`, `${lower.slice(0, -3)}n`)
  for (const [ending, verb] of [
    ['nahme', 'nehmen'],
    ['gabe', 'geben'],
    ['sage', 'sagen'],
    ['lage', 'legen'],
    ['schluss', 'schließen'],
    ['gang', 'gehen'],
  ] as const) {
    if (lower.endsWith(ending)) candidates.push(lower.slice(0, -ending.length) + verb)
  }
  if (/(keit|heit)$/u.test(lower)) return undefined
  if (lower.endsWith('ation')) candidates.push(`${lower.slice(0, -5)}ieren`)
  for (const candidate of candidates) {
    if (isVerb(candidate)) return candidate
    // "Terminvergabe" → "vergeben": drop a noun in front
    for (let cut = 3; cut < candidate.length - 4; cut++) {
      const rest = candidate.slice(cut)
      if (isVerb(rest) && !SEPARABLE_PREFIXES.includes(candidate.slice(0, cut))) return rest
    }
  }
  return undefined
}

interface Hit {
  first: Word
  last: Word
  noun: Word | undefined
  hint?: string
}

/** The words of each clause of a sentence, by clause number. */
function clausesOf(sentence: Sentence): Word[][] {
  const clauses: Word[][] = []
  for (const word of sentence.words) (clauses[word.clause] ??= []).push(word)
  return clauses
}

/** The patterns of nominal style in one sentence. */
function hits(sentence: Sentence): Hit[] {
  const found: Hit[] = []
  const words = sentence.words
  const clauses = clausesOf(sentence)
  const abstracts = clauses.map((clause) => clause.find(isAbstract))
  for (const word of words) {
    const clause = clauses[word.clause] ?? []
    const lower = word.lower
    const last = clause.at(-1)
    const abstract = abstracts[word.clause]
    // a) light verbs: "Die Auszahlung erfolgt", "Die Prüfung findet … statt", "nehmen eine Prüfung vor"
    if (
      /^erfolg(t|en|te|ten)$|^(stattfind|vornehm|durchführ)|^(stattgefunden|vorgenommen|durchgeführt)$/u.test(lower)
    ) {
      const subject = abstract ?? clause.find((other) => isCapitalised(other.text) && other.position > 0)
      found.push({ first: subject ?? word, last: word, noun: subject })
      continue
    }
    if (
      last !== undefined &&
      last !== word &&
      ((/^(find|fand)/u.test(lower) && last.lower === 'statt') ||
        (/^(nimm|nehm|nahm)/u.test(lower) && last.lower === 'vor') ||
        (/^(führ)/u.test(lower) && last.lower === 'durch')) &&
      abstract !== undefined
    ) {
      found.push({ first: abstract, last, noun: abstract })
      continue
    }
    // "Eine Entscheidung trifft das Amt", "stellt … zur Verfügung", "in Anspruch nehmen"
    if (lower === 'entscheidung' && clause.some((other) => /^(trifft|treffen|traf|getroffen)$/u.test(other.lower))) {
      found.push({ first: word, last: word, noun: word, hint: 'entscheiden' })
      continue
    }
    const previous = words[word.position - 1]
    if ((lower === 'verfügung' && previous?.lower === 'zur') || (lower === 'anspruch' && previous?.lower === 'in')) {
      if (previous !== undefined) {
        found.push({ first: previous, last: word, noun: undefined, hint: lower === 'verfügung' ? 'geben' : 'nutzen' })
      }
      continue
    }
    const next = words[word.position + 1]
    const after = words[word.position + 2]
    // d) "Nach Eingang der Unterlagen", "Bei Vorlage des Ausweises", "Zur Vermeidung von …"
    if (
      previous !== undefined &&
      PREPOSITIONS.has(previous.lower) &&
      isCapitalised(word.text) &&
      ABSTRACT.test(lowerParts(word)) &&
      !/behinderung|beeinträchtigung|erkrankung/u.test(lowerParts(word)) &&
      next !== undefined &&
      GENITIVE_OR_VON.has(next.lower)
    ) {
      found.push({ first: previous, last: next, noun: word })
      continue
    }
    if (!isAbstract(word)) continue
    // b) "Die Anmeldung ist … möglich", "Die Teilnahme ist freiwillig"
    const verb = clause.find((other) => other.position > word.position && SEIN.has(other.lower))
    const adjective = clause.find((other) => other.position > word.position && MODAL_ADJECTIVES.has(other.lower))
    if (verb !== undefined && adjective !== undefined && word.position <= 1) {
      found.push({ first: word, last: adjective, noun: word })
      continue
    }
    // c) "Die Bearbeitung Ihres Antrags", "Die Beantragung von Wohn·geld"
    const article = previous !== undefined && /^(die|eine|der|zur|ihre)$/u.test(previous.lower)
    if (
      next !== undefined &&
      next.clause === word.clause &&
      GENITIVE_OR_VON.has(next.lower) &&
      after !== undefined &&
      isCapitalised(after.text) &&
      /(ung|nahme|gabe)(en)?$/u.test(lowerParts(word))
    ) {
      if (article || previous === undefined || PREPOSITIONS.has(previous.lower)) {
        found.push({ first: word, last: after, noun: word })
        continue
      }
    }
  }
  // e) "Sie haben die Möglichkeit, …", "Es besteht die Möglichkeit …"
  for (const word of words) {
    if (!POSSIBILITY.test(word.lower) || !isCapitalised(word.text)) continue
    const verb = (clauses[word.clause] ?? []).find((other) => HAVE_OR_EXIST.has(other.lower))
    if (verb === undefined) continue
    const [first, last] = verb.position < word.position ? [verb, word] : [word, verb]
    found.push({ first, last, noun: undefined, hint: word.lower === 'möglichkeit' ? 'können' : 'müssen' })
  }
  return found
}

/**
 * Nominal style: abstract nouns where a verb would do. Reported are the
 * constructions that make such a noun carry the sentence: light verbs ("Die
 * Auszahlung erfolgt monatlich", "Die Prüfung findet … statt", "eine
 * Entscheidung treffen", "zur Verfügung stellen"), "… ist möglich/freiwillig"
 * after such a noun, chains with a genitive or "von" ("die Bearbeitung Ihres
 * Antrags"), a preposition with a bare noun ("nach Eingang der Unterlagen") and
 * "die Möglichkeit haben". Well-known words such as "Wohnung" or "Beratung"
 * are not nominal style. A warning: sometimes the noun is the word people know.
 */
export const nominalStyle: Rule = {
  id: 'nominal-style',
  title: 'Nominalstil',
  check({ parsed }) {
    const findings: Finding[] = []
    for (const sentence of parsed.sentences) {
      let coveredUntil = -1
      for (const hit of hits(sentence).sort((a, b) => a.first.index - b.first.index)) {
        if (hit.first.index < coveredUntil) continue
        coveredUntil = hit.last.end
        const phrase = parsed.text.slice(hit.first.index, hit.last.end)
        const verb = hit.hint ?? (hit.noun === undefined ? undefined : verbFor(hit.noun.text))
        findings.push(
          spanFinding(
            'nominal-style',
            'warning',
            hit.first,
            hit.last,
            verb === undefined
              ? `„${phrase}“ ist Nominal·stil. Schreiben Sie mit einem Verb und sagen Sie, wer etwas tut.`
              : `„${phrase}“ ist Nominal·stil. Schreiben Sie mit dem Verb „${verb}“ und sagen Sie, wer etwas tut.`,
            verb === undefined
              ? 'Zum Beispiel: „Wir zahlen das Geld jeden Monat.“ statt „Die Auszahlung erfolgt monatlich.“'
              : `${verb} – zum Beispiel: „Wir zahlen das Geld jeden Monat.“ statt „Die Auszahlung erfolgt monatlich.“`,
          ),
        )
      }
    }
    return findings
  },
}
