import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Sentence, Word } from '../text.ts'
import { DETERMINERS, POSSESSIVES, PREPOSITIONS as PREPOSITION_WORDS, PRONOUNS } from '../wordlists.ts'
import type { Finding } from '../types.ts'

const BECAUSE = 'Schreiben Sie einen Satz mit „weil“: „Lisa fehlt, weil sie krank ist.“'

/** Prepositions with the genitive and a hint for a simpler wording. */
const PREPOSITIONS: Readonly<Record<string, string>> = {
  wegen: BECAUSE,
  aufgrund: BECAUSE,
  infolge: BECAUSE,
  angesichts: BECAUSE,
  mangels: BECAUSE,
  trotz: 'Schreiben Sie zwei Sätze mit „trotzdem“: „Es regnet. Trotzdem gehen wir raus.“',
  während: 'Schreiben Sie „in der Zeit von …“ oder „bei …“: „beim Urlaub“ statt „während des Urlaubs“.',
  anhand: 'Schreiben Sie „mit“: „mit dem Formular“.',
  mittels: 'Schreiben Sie „mit“: „mit dem Formular“.',
  innerhalb: 'Schreiben Sie „in“: „in einer Woche“ statt „innerhalb einer Woche“.',
  außerhalb: 'Sagen Sie genau, wo oder wann: „vor der Stadt“, „am Abend“.',
  oberhalb: 'Schreiben Sie „über“.',
  unterhalb: 'Schreiben Sie „unter“.',
  statt: 'Schreiben Sie zwei Sätze und sagen Sie, was gilt.',
  anstatt: 'Schreiben Sie zwei Sätze und sagen Sie, was gilt.',
  anlässlich: 'Schreiben Sie „zu“ oder „wegen“ mit einem eigenen Satz: „Wir feiern. Der Grund ist …“',
  bezüglich: 'Schreiben Sie „zu“ oder „über“: „Fragen zu Ihrem Antrag“.',
  hinsichtlich: 'Schreiben Sie „zu“ oder „über“: „Fragen zu Ihrem Antrag“.',
  zwecks: 'Schreiben Sie „für“ oder „um … zu“.',
  seitens: 'Schreiben Sie „von“: „vom Amt“.',
}

/** Always genitive (or a genitive relative pronoun). */
const GENITIVE_WORDS = new Set(['des', 'eines', 'dessen', 'deren', 'wessen'])

/** Genitive determiners that need a following word to be genitive ("keines" alone is a pronoun). */
const GENITIVE_DETERMINERS = new Set(['meines', 'deines', 'seines', 'ihres', 'unseres', 'eures', 'keines'])

/** Nominative/accusative neuter too ("dieses Haus"): only genitive with a noun in -s. */
const S_DETERMINERS = new Set(['dieses', 'jedes', 'jenes', 'welches', 'manches', 'solches'])

/** Feminine/plural genitive after a noun: "die Wohnung der Eltern". */
const DER_FORMS = new Set([
  'der',
  'einer',
  'meiner',
  'deiner',
  'seiner',
  'ihrer',
  'unserer',
  'eurer',
  'dieser',
  'jener',
  'jeder',
  'aller',
])

const CONJUNCTION_SUBJECTS = new Set([...PRONOUNS, 'die', 'das', 'man'])

/** Unambiguous genitive determiners after "während". */
const MASCULINE_GENITIVE = new Set([
  'des',
  'eines',
  'meines',
  'deines',
  'seines',
  'ihres',
  'unseres',
  'eures',
  'keines',
])

/** Words ending in -s that are no genitive (function words, adverbs, nouns, first names). */
const NOT_GENITIVE_S = new Set(
  `das des was es etwas alles bis als aus uns ins ums aufs durchs fürs vors übers ans los falls eins keins nichts
  anders rechts links stets bereits morgens mittags abends nachts tags montags dienstags mittwochs donnerstags freitags
  samstags sonntags vormittags nachmittags werktags anfangs damals niemals nochmals erstmals jeweils meistens mindestens
  höchstens spätestens frühestens wenigstens bestens erstens zweitens drittens übrigens andernfalls ebenfalls jedenfalls
  keinesfalls notfalls gegebenenfalls bestenfalls allerdings neuerdings unterwegs vergebens abseits seitens teils
  haus ausweis nachweis hinweis beweis preis kreis reis eis gleis kurs bus gas glas gras fels hals puls zins mais
  kies krebs gips keks chaos jeans news atlas ananas
  autos fotos handys kitas babys hobbys infos jobs kinos büros hotels tickets laptops tipps chefs teams clubs shops
  lukas jonas elias niklas tobias matthias andreas thomas nicolas hans jens lars mats niels`.split(/\s+/u),
)

/** Quantity words that take a genitive: "die Hälfte der Kosten", "20 Prozent der Menschen". */
const QUANTITIES = new Set([
  'prozent',
  'hälfte',
  'drittel',
  'viertel',
  'teil',
  'mehrheit',
  'großteil',
  'anzahl',
  'rest',
])

const TITLES = new Set(['herr', 'herrn', 'frau', 'dr'])

function isNounLike(word: Word | undefined): boolean {
  return (
    word !== undefined &&
    isCapitalised(word.text) &&
    !PRONOUNS.has(word.lower) &&
    !POSSESSIVES.has(word.lower) &&
    !DETERMINERS.has(word.lower)
  )
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase()
}

/** The first noun-like word after `from` within the clause, looking at most `reach` words ahead. */
function nounAfter(sentence: Sentence, from: Word, reach = 3): Word | undefined {
  for (let i = from.position + 1; i <= from.position + reach; i++) {
    const word = sentence.words[i]
    if (word === undefined || word.clause !== from.clause) return undefined
    if (isNounLike(word)) return word
    if (!/(e|en|er|es|em)$/u.test(word.lower)) return undefined // only adjectives may stand in between
  }
  return undefined
}

function commaBefore(text: string, sentence: Sentence, word: Word): boolean {
  const previous = sentence.words[word.position - 1]
  return previous !== undefined && text.slice(previous.end, word.index).includes(',')
}

/** "während" is a conjunction in "Sie warten, während der Arzt spricht." */
function isConjunctionWaehrend(text: string, sentence: Sentence, word: Word): boolean {
  const next = sentence.words[word.position + 1]
  if (next === undefined) return true
  if (MASCULINE_GENITIVE.has(next.lower)) return false
  if (CONJUNCTION_SUBJECTS.has(next.lower)) return true
  if (commaBefore(text, sentence, word)) return true
  return word.position === 0 && sentence.words.some((other) => other.clause > 0)
}

function isSaxonGenitive(sentence: Sentence, word: Word): boolean {
  const lower = word.lower
  if (!isCapitalised(word.text) || isAllCaps(word.text) || word.parts.length > 1) return false
  if (lower.length < 3 || !lower.endsWith('s') || /(ss|us|is|ß)$/u.test(lower)) return false
  if (NOT_GENITIVE_S.has(lower) || PRONOUNS.has(lower) || DETERMINERS.has(lower) || POSSESSIVES.has(lower)) return false
  if (word.position === 0 && lower.endsWith('es')) return false // "Kaltes Wasser …": an adjective
  const previous = sentence.words[word.position - 1]
  if (previous !== undefined && TITLES.has(previous.lower)) return false // "Herr Hans Meier"
  return true
}

/** Capitalised words at the start of a sentence that are no nouns ("Mit der Karte …", "Dann der Termin"). */
const NOT_NOUNS_AT_START = new Set(
  `und oder aber denn auch nur noch schon dann danach davor dabei dafür dazu damit darum deshalb trotzdem also sonst
  jetzt heute morgen gestern hier dort da wenn weil dass ob wie wo wer was als bis nachdem obwohl sobald seitdem
  während zuerst bitte ja nein so genau vielleicht manchmal immer oft außerdem zum zur vom beim im am ins ans mit bei
  nach von vor zu für über unter um ohne gegen durch seit ab aus in an auf neben hinter zwischen laut gemäß dank
  entlang samt nebst`.split(/\s+/u),
)

/**
 * "Kosten der Unterkunft", "Sie bekommen Leistungen der Pflege·kasse": a noun
 * without an article before "der". At the start only in a statement or
 * heading ("Kommt der Bus?" starts with a verb), and not a name after "Herr"/"Frau".
 */
function isBareNoun(text: string, sentence: Sentence, head: Word): boolean {
  if (head.position === 0) {
    if (NOT_NOUNS_AT_START.has(head.lower)) return false
    return !text.slice(sentence.index, sentence.end).trimEnd().endsWith('?')
  }
  const before = sentence.words[head.position - 1]
  if (before === undefined || TITLES.has(before.lower)) return false
  // "Nach Abschluss der Ausbildung": a preposition may start the sentence; another capitalised word is a name or noun
  if (isCapitalised(before.text) && !(before.position === 0 && PREPOSITION_WORDS.has(before.lower))) return false
  return !PRONOUNS.has(head.lower) && head.lower !== 'sie'
}

function genitiveFinding(first: Word, last: Word, message: string, suggestion: string): Finding {
  return spanFinding('genitive', 'error', first, last, message, suggestion)
}

const VON_HINT = 'Schreiben Sie mit „von“: „das Auto von dem Nachbarn“ statt „das Auto des Nachbarn“.'

function phrase(text: string, first: Word, last: Word): string {
  return text.slice(first.index, last.end)
}

function findInSentence(text: string, sentence: Sentence): Finding[] {
  const found: Finding[] = []
  const words = sentence.words
  for (const word of words) {
    const lower = word.lower
    const next = words[word.position + 1]
    const sameClauseNext = next !== undefined && next.clause === word.clause ? next : undefined
    const hint = PREPOSITIONS[lower]
    if (hint !== undefined) {
      if ((lower === 'innerhalb' || lower === 'außerhalb') && next?.lower === 'von') continue
      if ((lower === 'statt' || lower === 'anstatt') && !(next !== undefined && DETERMINERS.has(next.lower))) continue
      if (lower === 'während' && isConjunctionWaehrend(text, sentence, word)) continue
      const noun = nounAfter(sentence, word) ?? word
      found.push(
        genitiveFinding(
          word,
          noun,
          `„${word.text}“ verlangt den Genitiv („${phrase(text, word, noun)}“). Der Genitiv ist schwer zu verstehen.`,
          hint,
        ),
      )
      continue
    }
    if (
      GENITIVE_WORDS.has(lower) ||
      (GENITIVE_DETERMINERS.has(lower) && sameClauseNext !== undefined && !PRONOUNS.has(sameClauseNext.lower))
    ) {
      const noun = nounAfter(sentence, word) ?? word
      found.push(
        genitiveFinding(
          word,
          noun,
          `„${phrase(text, word, noun)}“ ist ein Genitiv. Der Genitiv ist schwer zu verstehen.`,
          VON_HINT,
        ),
      )
      continue
    }
    if (S_DETERMINERS.has(lower)) {
      const noun = nounAfter(sentence, word, 2)
      if (noun !== undefined && noun.lower.length >= 4 && noun.lower.endsWith('s') && !NOT_GENITIVE_S.has(noun.lower)) {
        if (/(ss|us|is)$/u.test(noun.lower)) continue
        found.push(
          genitiveFinding(
            word,
            noun,
            `„${phrase(text, word, noun)}“ ist ein Genitiv. Der Genitiv ist schwer zu verstehen.`,
            VON_HINT,
          ),
        )
      }
      continue
    }
    if (DER_FORMS.has(lower) && word.position >= 1) {
      // "die Wohnung der Eltern": article + noun + der + (adjective) + noun
      // "20 Prozent der Menschen", "30 % der Eltern": a quantity + der + noun
      const head = words[word.position - 1]
      const article = words[word.position - 2]
      const isArticle =
        article !== undefined &&
        (DETERMINERS.has(article.lower) || /^(im|am|zum|zur|vom|beim|ins|ans)$/u.test(article.lower))
      const isQuantity =
        (head !== undefined && QUANTITIES.has(head.lower)) || /%\s*$/u.test(text.slice(head?.end ?? 0, word.index))
      if (isQuantity && head !== undefined && !commaBefore(text, sentence, word)) {
        const noun = nounAfter(sentence, word)
        if (noun !== undefined) {
          found.push(
            genitiveFinding(
              word,
              noun,
              `„${phrase(text, word, noun)}“ ist ein Genitiv. Der Genitiv ist schwer zu verstehen.`,
              'Schreiben Sie mit „von“: „die Hälfte von den Menschen“. Oder: „Viele Menschen …“',
            ),
          )
          continue
        }
      }
      if (head === undefined || !isNounLike(head) || head.clause !== word.clause) continue
      if (!isArticle && !isBareNoun(text, sentence, head)) continue
      if (head.lower === 'beispiel') continue // "zum Beispiel der Fach·dienst": not a genitive
      if (commaBefore(text, sentence, word)) continue
      const noun = nounAfter(sentence, word)
      if (noun === undefined) continue
      found.push(
        genitiveFinding(
          word,
          noun,
          `„${head.text} ${phrase(text, word, noun)}“ ist ein Genitiv. Der Genitiv ist schwer zu verstehen.`,
          VON_HINT,
        ),
      )
      continue
    }
    if (isSaxonGenitive(sentence, word)) {
      const owner = word.text.slice(0, -1)
      if (sameClauseNext !== undefined && isNounLike(sameClauseNext) && !isAllCaps(sameClauseNext.text)) {
        // "Peters Auto", "Deutschlands Städte"
        found.push(
          genitiveFinding(
            word,
            sameClauseNext,
            `„${word.text} ${sameClauseNext.text}“ ist ein Genitiv. Der Genitiv ist schwer zu verstehen.`,
            `Schreiben Sie mit „von“: „${sameClauseNext.text} von ${owner}“.`,
          ),
        )
        continue
      }
      const head = words[word.position - 1]
      const article = words[word.position - 2]
      if (
        head !== undefined &&
        isNounLike(head) &&
        head.clause === word.clause &&
        article !== undefined &&
        DETERMINERS.has(article.lower)
      ) {
        // "die Hauptstadt Deutschlands"
        found.push(
          genitiveFinding(
            word,
            word,
            `„${head.text} ${word.text}“ ist ein Genitiv. Der Genitiv ist schwer zu verstehen.`,
            `Schreiben Sie mit „von“: „${head.text} von ${owner}“.`,
          ),
        )
      }
    }
  }
  return found
}

/**
 * Genitive constructions that can be found reliably: "des", "eines",
 * possessives like "Ihres", prepositions with the genitive (wegen, trotz,
 * während, aufgrund, …), "die Wohnung der Eltern" and names or nouns in -s
 * before a noun ("Peters Auto") or after one ("die Hauptstadt Deutschlands").
 */
export const genitive: Rule = {
  id: 'genitive',
  title: 'Genitiv',
  check({ parsed }) {
    const findings: Finding[] = []
    for (const sentence of parsed.sentences) {
      let coveredUntil = -1
      for (const finding of findInSentence(parsed.text, sentence).sort((a, b) => a.index - b.index)) {
        if (finding.index < coveredUntil) continue
        findings.push(finding)
        coveredUntil = finding.index + finding.length
      }
    }
    return findings
  },
}
