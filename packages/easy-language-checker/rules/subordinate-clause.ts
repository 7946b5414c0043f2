import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Sentence, Word } from '../text.ts'
import type { Finding } from '../types.ts'
import { DETERMINERS, PREPOSITIONS, PRONOUNS } from '../wordlists.ts'

const TWO_SENTENCES = 'Schreiben Sie zwei Sätze.'

/** Conjunctions of hard subordinate clauses, with a hint for two main clauses. */
const HARD: Readonly<Record<string, string>> = {
  obwohl: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Trotzdem“: „Sie arbeiten. Trotzdem bekommen Sie Geld.“`,
  obgleich: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Trotzdem“.`,
  obschon: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Trotzdem“.`,
  wenngleich: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Trotzdem“.`,
  sodass: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Deshalb“: „Die Miete stieg. Deshalb mussten wir umziehen.“`,
  weshalb: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Deshalb“.`,
  weswegen: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Deshalb“.`,
  wodurch: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Dadurch“ oder „Deshalb“.`,
  wobei: `${TWO_SENTENCES} Sagen Sie im zweiten Satz, was noch gilt.`,
  indem: `${TWO_SENTENCES} Sagen Sie, wie Sie etwas machen: „Wir helfen Ihnen. Wir sprechen mit Ihrem Chef.“`,
  nachdem: `Schreiben Sie die Schritte der Reihe nach: „Zuerst … Dann …“.`,
  bevor: `Schreiben Sie die Schritte der Reihe nach: „Zuerst … Dann …“.`,
  ehe: `Schreiben Sie die Schritte der Reihe nach: „Zuerst … Dann …“.`,
  sobald: `Schreiben Sie die Schritte der Reihe nach: „Zuerst … Dann …“.`,
  solange: `${TWO_SENTENCES} Zum Beispiel: „Sie wohnen hier. So lange zahlen Sie Miete.“`,
  seitdem: `${TWO_SENTENCES} Zum Beispiel: „Ich wohne allein. Seitdem brauche ich Hilfe.“`,
  seit: `${TWO_SENTENCES} Zum Beispiel: „Ich wohne allein. Seitdem brauche ich Hilfe.“`,
  bis: `Schreiben Sie die Schritte der Reihe nach: „Zuerst … Dann …“.`,
  zumal: `${TWO_SENTENCES} Schreiben Sie den Grund mit „weil“ oder in einem eigenen Satz.`,
  wohingegen: `${TWO_SENTENCES} Der zweite Satz beginnt mit „Aber“.`,
  insofern: `${TWO_SENTENCES} Sagen Sie mit „wenn“, wann etwas gilt.`,
  insoweit: `${TWO_SENTENCES} Sagen Sie mit „wenn“, wann etwas gilt.`,
}

/** Two-word conjunctions: "so dass", "auch wenn", "ohne dass", "als ob", … */
const HARD_PAIRS: Readonly<Record<string, string>> = {
  'so dass': HARD['sodass'] ?? '',
  'auch wenn': `${TWO_SENTENCES} Der zweite Satz beginnt mit „Trotzdem“.`,
  'selbst wenn': `${TWO_SENTENCES} Der zweite Satz beginnt mit „Trotzdem“.`,
  'ohne dass': `${TWO_SENTENCES}`,
  'statt dass': `${TWO_SENTENCES}`,
  'anstatt dass': `${TWO_SENTENCES}`,
  'als ob': `${TWO_SENTENCES}`,
  'sei denn': `${TWO_SENTENCES} Sagen Sie mit „wenn“, wann etwas nicht gilt.`,
}

/** Conditions with a harder word than "wenn": a warning with "wenn" as suggestion. */
const CONDITIONAL = new Set(['falls', 'sofern', 'soweit'])

/** Conjunctions that only count for nesting: the guidelines allow one such clause. */
const ALLOWED = new Set(['wenn', 'weil', 'dass', 'ob', 'während', 'damit', 'als', 'wie', 'wo', 'was'])

/** Only at the start of a clause (after a comma) or at the start of the sentence. */
function startsClause(sentence: Sentence, word: Word): boolean {
  const previous = sentence.words[word.position - 1]
  return previous === undefined || previous.clause !== word.clause
}

/** "Seitdem ich allein wohne, …" (conjunction) versus "Seitdem geht es mir besser." (adverb). */
function subjectFollows(sentence: Sentence, word: Word): boolean {
  const next = sentence.words[word.position + 1]
  if (next === undefined) return false
  return PRONOUNS.has(next.lower) || /^(der|die|das|ein|eine|mein|meine|ihr|ihre|unser|unsere)$/u.test(next.lower)
}

const RELATIVE = new Set([
  'der',
  'die',
  'das',
  'dem',
  'den',
  'denen',
  'deren',
  'dessen',
  'welche',
  'welcher',
  'welches',
])

/** Endings of adjectives after an article ("die neue", "den neuen"); adverbs such as "hier", "immer" share them. */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u

/** Relative pronouns that are never articles: ", deren Sohn …", ", denen wir helfen". */
const ONLY_PRONOUN = new Set(['denen', 'deren', 'dessen'])

/** The last word of a clause of the sentence, if the clause has words. */
function lastWordOf(sentence: Sentence, clause: number): Word | undefined {
  return sentence.words.findLast((word) => word.clause === clause)
}

/** A word that can close a subordinate clause: the finite verb (or a verb particle), written in lower case. */
function closesClause(word: Word | undefined): boolean {
  return word !== undefined && !isCapitalised(word.text) && !DETERMINERS.has(word.lower) && !PRONOUNS.has(word.lower)
}

/**
 * Whether the clause that `pronoun` starts ends as a subordinate clause does,
 * with its finite verb: ", die den Mann kennt". When another clause is nested
 * in it, the verb follows that clause: ", die den Mann, der hier wohnt, kennt".
 * A list of noun phrases ends with a noun: ": die der Ärztin und die der Kasse".
 */
function endsWithVerb(sentence: Sentence, pronoun: Word): boolean {
  if (closesClause(lastWordOf(sentence, pronoun.clause))) return true
  const inner = sentence.words.find((word) => word.clause === pronoun.clause + 1)
  return (
    inner !== undefined && opener(sentence, inner) !== undefined && closesClause(lastWordOf(sentence, inner.clause + 1))
  )
}

/**
 * ", die wir brauchen" / ", bei der Sie …" / ", die den Mann kennt" / ", deren
 * Sohn …": a relative pronoun at the start of a clause. "der", "die", "das", …
 * are also articles; they are read as a pronoun when what follows cannot
 * follow an article: a personal pronoun, an adverb or a verb. A second article
 * ("die den Mann": two articles in a row, the first is a pronoun) and a word
 * with an adjective's ending that no noun follows ("der hier wohnt") count
 * when the clause ends with its verb.
 */
function opensRelativeClause(sentence: Sentence, word: Word): boolean {
  if (!startsClause(sentence, word) || word.position === 0) return false
  let pronoun = word
  if (PREPOSITIONS.has(word.lower)) {
    const next = sentence.words[word.position + 1]
    if (next === undefined) return false
    pronoun = next
  }
  if (!RELATIVE.has(pronoun.lower)) return false
  const after = sentence.words[pronoun.position + 1]
  if (after === undefined) return false
  if (ONLY_PRONOUN.has(pronoun.lower)) return true
  if (pronoun.lower === 'das' && after.lower === 'heißt') return false
  if (DETERMINERS.has(after.lower) && !PRONOUNS.has(after.lower)) return endsWithVerb(sentence, pronoun)
  if (PRONOUNS.has(after.lower) || after.text === 'Ihr' || after.text === 'Ihre') return true
  if (isCapitalised(after.text)) return false // an article and its noun: ", die Karte"
  if (!ADJECTIVE_ENDING.test(after.lower)) return true // an adverb or a verb: ", die oft hilft"
  // "die neue Karte": an article, an adjective and its noun; "der hier wohnt", "die immer hilft": a
  // pronoun, an adverb with the same ending, and a clause that ends with its verb
  const next = sentence.words[after.position + 1]
  return (
    next !== undefined && next.clause === after.clause && !isCapitalised(next.text) && endsWithVerb(sentence, pronoun)
  )
}

/** Whether a word opens a subordinate clause, and how hard that clause is. */
function opener(sentence: Sentence, word: Word): 'hard' | 'conditional' | 'allowed' | undefined {
  const lower = word.lower
  const next = sentence.words[word.position + 1]
  if (next !== undefined && next.clause === word.clause && Object.hasOwn(HARD_PAIRS, `${lower} ${next.lower}`)) {
    return 'hard'
  }
  if (Object.hasOwn(HARD, lower)) {
    if (lower === 'seit' || lower === 'bis' || lower === 'seitdem' || lower === 'solange') {
      return subjectFollows(sentence, word) && (lower !== 'bis' || startsClause(sentence, word)) ? 'hard' : undefined
    }
    if (/^(weshalb|weswegen|wodurch|wobei)$/u.test(lower) && word.position === 0) return undefined // a question
    return 'hard'
  }
  if (CONDITIONAL.has(lower) && startsClause(sentence, word) && next !== undefined) return 'conditional'
  if (ALLOWED.has(lower) && startsClause(sentence, word) && word.position > 0) return 'allowed'
  if ((lower === 'wenn' || lower === 'weil' || lower === 'dass' || lower === 'ob') && word.position === 0)
    return 'allowed'
  if (opensRelativeClause(sentence, word)) return 'allowed'
  return undefined
}

/**
 * Subordinate clauses that are hard to follow: concessive and consecutive
 * clauses, clauses about the order of events and other hard conjunctions
 * (obwohl, sodass, wobei, indem, nachdem, bevor, …: an error, there is always a
 * wording with two sentences), "falls"/"sofern" instead of "wenn" (a warning),
 * and sentences with two or more subordinate clauses (an error: one clause
 * inside or after another). One clause with "wenn", "weil", "dass" or a
 * relative pronoun is allowed, as the guidelines allow it.
 */
export const subordinateClause: Rule = {
  id: 'subordinate-clause',
  title: 'Schwieriger Nebensatz',
  check({ parsed }) {
    const findings: Finding[] = []
    for (const sentence of parsed.sentences) {
      const openers: Word[] = []
      for (const word of sentence.words) {
        const kind = opener(sentence, word)
        if (kind === undefined) continue
        openers.push(word)
        const next = sentence.words[word.position + 1]
        if (kind === 'hard') {
          const pair = next === undefined ? undefined : HARD_PAIRS[`${word.lower} ${next.lower}`]
          const last = pair !== undefined && next !== undefined ? next : word
          const hint = pair ?? HARD[word.lower] ?? TWO_SENTENCES
          findings.push(
            spanFinding(
              'subordinate-clause',
              'error',
              word,
              last,
              `Der Neben·satz mit „${parsed.text.slice(word.index, last.end)}“ ist schwer zu verstehen. Schreiben Sie kurze Haupt·sätze.`,
              hint,
            ),
          )
        } else if (kind === 'conditional') {
          findings.push(
            spanFinding(
              'subordinate-clause',
              'warning',
              word,
              word,
              `„${word.text}“ ist ein schweres Wort für „wenn“. Schreiben Sie „wenn“ oder eine Frage: „Sie haben Fragen? Dann rufen Sie an.“`,
              isCapitalised(word.text) ? 'Wenn' : 'wenn',
            ),
          )
        }
      }
      const second = openers[1]
      if (
        second !== undefined &&
        !findings.some((f) => f.index >= sentence.index && f.index < sentence.end && f.severity === 'error')
      ) {
        findings.push(
          spanFinding(
            'subordinate-clause',
            'error',
            second,
            second,
            'Dieser Satz hat mehrere Neben·sätze. Das ist schwer zu verstehen. Schreiben Sie für jede Aussage einen eigenen Satz.',
            'Zum Beispiel: „Wir brauchen Papiere. Haben Sie die Papiere?“ statt „Wir prüfen, ob Sie die Papiere haben, die wir brauchen.“',
          ),
        )
      }
    }
    return findings
  },
}
