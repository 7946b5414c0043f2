import type { Rule } from '../rule.ts'
import { isInside } from '../text.ts'
import type { Finding } from '../types.ts'
import { glossaryKey } from '../options.ts'
import {
  ACRONYMS,
  dottedAbbreviation,
  MIXED_CASE_ACRONYMS,
  MULTIPART_ABBREVIATIONS,
  UNDOTTED_ABBREVIATIONS,
} from '../wordlists.ts'
import { isRomanNumeral } from './number.ts'

/** "z. B.", "d. h.", "u. a.", "i. d. R.", "o. Ä." and the like, with or without spaces. */
const MULTIPART = /(?<![\p{L}\d.])\p{L}\.(?:[ \u00a0\u202f]?(?:\p{L}|Hd)\.)+/gu
/** A word, optionally followed by a dot. */
const TOKEN = /(?<![\p{L}\d])\p{L}+(?:\.)?/gu
/** A token of upper-case letters (digits and hyphenated parts allowed): "SGB", "ALG-II", "PKWs". */
const UPPER = /^\p{Lu}{2,}\p{Ll}{0,2}$/u
/** A short word that starts with a capital and has another one inside: "WfbM", "GmbH", "KiTa". */
const MIXED = /^(?=\p{Lu}\p{Ll}*\p{Lu})\p{L}{3,5}$/u

function message(found: string, longForm: string | undefined): string {
  return longForm === undefined
    ? `„${found}“ ist eine Abkürzung. Schreiben Sie das Wort aus und erklären Sie es. Oder nehmen Sie es ins Wörterbuch auf.`
    : `„${found}“ ist eine Abkürzung. Schreiben Sie das Wort aus: „${longForm}“.`
}

/**
 * Abbreviations and acronyms: dotted forms (z. B., usw., Nr., Tel., Hauptstr.),
 * units (km, kg) and upper-case acronyms (SGB, BAföG, PKW). Entries of the
 * `glossary` option are skipped, and so are Roman numerals (rule `number`).
 */
export const abbreviation: Rule = {
  id: 'abbreviation',
  title: 'Abkürzung',
  check({ text, parsed, options }) {
    const findings: Finding[] = []
    const taken: Array<[number, number]> = []
    const overlaps = (index: number, end: number) => taken.some(([from, to]) => index < to && end > from)
    const add = (index: number, found: string, longForm: string | undefined, alias = found) => {
      const end = index + found.length
      if (overlaps(index, end) || isInside(parsed.ignored, index, end)) return
      if (options.glossary.has(glossaryKey(found)) || options.glossary.has(glossaryKey(alias))) return
      taken.push([index, end])
      const finding: Finding = {
        rule: 'abbreviation',
        severity: 'error',
        index,
        length: found.length,
        message: message(found, longForm),
      }
      findings.push(longForm === undefined ? finding : { ...finding, suggestion: longForm })
    }

    for (const match of text.matchAll(MULTIPART)) {
      add(match.index, match[0], MULTIPART_ABBREVIATIONS[glossaryKey(match[0])])
    }
    for (const match of text.matchAll(TOKEN)) {
      const raw = match[0]
      const hasDot = raw.endsWith('.')
      const token = hasDot ? raw.slice(0, -1) : raw
      const key = token.toLowerCase()
      if (hasDot) {
        const longForm = dottedAbbreviation(token)
        if (longForm !== undefined) {
          add(match.index, raw, longForm)
          continue
        }
      }
      if (Object.hasOwn(UNDOTTED_ABBREVIATIONS, key) && (token === key || token === 'zB' || token === 'kWh')) {
        add(match.index, hasDot ? raw : token, UNDOTTED_ABBREVIATIONS[key])
      }
    }
    for (const sentence of parsed.sentences) {
      // a whole sentence in capitals is emphasis, not a row of acronyms
      const shouting = sentence.words.filter(
        (word) => word.text.length > 2 && word.text === word.text.toUpperCase() && !isRomanNumeral(word.text),
      )
      if (shouting.length >= 3 && shouting.length * 2 >= sentence.words.length) continue
      for (const part of sentence.words.flatMap((word) => word.parts)) {
        const isAcronym =
          MIXED_CASE_ACRONYMS.has(part.text) ||
          MIXED.test(part.text) ||
          (UPPER.test(part.text) && !isRomanNumeral(part.text))
        if (!isAcronym) continue
        const letters = part.text.replace(/\p{Ll}+$/u, '')
        if (letters.length > 5) continue // a word in capitals for emphasis, not an acronym
        add(part.index, part.text, ACRONYMS[glossaryKey(part.text)] ?? ACRONYMS[glossaryKey(letters)], letters)
      }
    }
    return findings.sort((a, b) => a.index - b.index)
  },
}
