import type { Rule } from '../rule.ts'
import { isInside, type Range } from '../text.ts'
import type { Finding } from '../types.ts'

const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/u

/** Roman numerals of two or more letters up to XXXIX ("II", "IV", "XII"); "I" alone is a word. */
export function isRomanNumeral(token: string): boolean {
  return ROMAN.test(token)
}

export function romanValue(token: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 }
  let total = 0
  for (let i = 0; i < token.length; i++) {
    const value = values[token[i] ?? ''] ?? 0
    const next = values[token[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

const PERCENT = /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)?)[ \u00a0\u202f]?(?:%|Prozent\b|v\.[ \u00a0]?H\.)/gu
const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,\u00a0\u202f\u2009]\d+)*/gu
/** Telephone numbers ("0221 809-0", "+49 221 8090"): groups of digits, not quantities. */
const PHONE = /(?<![\p{L}\d])(?:\+\d|0)[\d \u00a0/()-]{4,}\d/gu
const MONTH_NAMES = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
]

const FRACTIONS: Readonly<Record<number, string>> = {
  10: '1 von 10',
  20: '1 von 5',
  25: 'ein Viertel',
  33: 'ein Drittel',
  50: 'die Hälfte',
  66: 'zwei Drittel',
  67: 'zwei Drittel',
  75: 'drei Viertel',
  100: 'alle',
}

function parseDecimal(value: string): number {
  return Number(value.replace(/[.\u00a0\u202f\u2009 ](?=\d{3}(?:\D|$))/gu, '').replace(',', '.'))
}

function percentFinding(index: number, found: string, value: string): Finding {
  const rounded = Math.round(parseDecimal(value))
  const fraction = FRACTIONS[rounded] ?? `${rounded} von 100`
  return {
    rule: 'number',
    severity: 'error',
    index,
    length: found.length,
    message: `Prozent·zahlen wie „${found}“ sind schwer zu verstehen. Schreiben Sie zum Beispiel „${fraction}“.`,
    suggestion: fraction,
  }
}

function isPostalCode(text: string, end: number, digits: string): boolean {
  // "50679 Köln" at the end of a line or before a comma
  return (
    /^\d{5}$/u.test(digits) &&
    /^[ \u00a0]+\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*)?[ \u00a0]*(?:[.,;\n\r]|$)/u.test(text.slice(end))
  )
}

function classify(text: string, index: number, found: string, allowYears: boolean): Finding | undefined {
  const groups = found.split(/[.,\u00a0\u202f\u2009 ]/u)
  const separators = found.replace(/\d/gu, '')
  const base = { rule: 'number' as const, severity: 'error' as const, index, length: found.length }
  const [first, second] = groups
  if (
    separators === '.' &&
    text.charAt(index + found.length) === '.' &&
    first !== undefined &&
    second !== undefined &&
    first.length <= 2 &&
    second.length <= 2 &&
    Number(second) >= 1 &&
    Number(second) <= 12
  ) {
    // "12.05." – a date without a year
    const written = `${Number(first)}. ${MONTH_NAMES[Number(second) - 1] ?? ''}`
    return {
      ...base,
      length: found.length + 1,
      message: `Schreiben Sie das Datum mit dem Namen vom Monat: „${written}“.`,
      suggestion: written,
    }
  }
  if (separators.includes(',') || (separators === '.' && !/^\d{1,3}\.\d{3}$/u.test(found))) {
    if (separators === '.' && /^[ \u00a0]*Uhr\b/u.test(text.slice(index + found.length))) {
      const time = found.replace('.', ':')
      return {
        ...base,
        message: `Schreiben Sie die Uhr·zeit mit Doppel·punkt: „${time} Uhr“.`,
        suggestion: time,
      }
    }
    const rounded = Math.round(parseDecimal(found))
    return {
      ...base,
      message: `Zahlen mit Komma wie „${found}“ sind schwer zu verstehen. Runden Sie die Zahl: „ungefähr ${rounded}“.`,
      suggestion: `ungefähr ${rounded}`,
    }
  }
  if (separators.length > 0) {
    const [day, month, year] = groups
    const isDate =
      groups.length === 3 &&
      /^\.+$/u.test(separators) &&
      day !== undefined &&
      month !== undefined &&
      year !== undefined &&
      day.length <= 2 &&
      month.length <= 2 &&
      (year.length === 2 || year.length === 4) &&
      Number(month) >= 1 &&
      Number(month) <= 12
    if (isDate) {
      const written = `${Number(day)}. ${MONTH_NAMES[Number(month) - 1] ?? ''}`
      return {
        ...base,
        message: `Schreiben Sie das Datum mit dem Namen vom Monat: „${written}“. Lassen Sie das Jahr weg, wenn es klar ist.`,
        suggestion: year.length === 4 ? `${written} ${year}` : written,
      }
    }
    return {
      ...base,
      message: `Große Zahlen wie „${found}“ sind schwer zu verstehen. Schreiben Sie lieber „viele“ oder runden Sie die Zahl.`,
    }
  }
  if (found.length < 4 || found.startsWith('0')) return undefined
  if (isPostalCode(text, index + found.length, found)) return undefined
  const value = Number(found)
  if (found.length === 4 && value >= 1900 && value <= 2099) {
    if (allowYears) return undefined
    return {
      ...base,
      message: `Jahres·zahlen wie „${found}“ sind große Zahlen. Schreiben Sie lieber „in diesem Jahr“ oder „im nächsten Jahr“, wenn das genau genug ist.`,
    }
  }
  return {
    ...base,
    message: `Große Zahlen wie „${found}“ sind schwer zu verstehen. Schreiben Sie lieber „viele“ oder runden Sie die Zahl.`,
  }
}

/**
 * Numbers that are hard to read: four or more digits (years too, unless
 * `allowYears`), thousand separators, decimals, dates with dots, percentages
 * and Roman numerals. Telephone numbers and postal codes are left alone.
 */
export const number: Rule = {
  id: 'number',
  title: 'Zahl',
  check({ text, parsed, options }) {
    const findings: Finding[] = []
    const skip: Range[] = [...parsed.ignored]
    for (const match of text.matchAll(PHONE)) {
      if (match[0].replace(/\D/gu, '').length >= 6)
        skip.push({ index: match.index, end: match.index + match[0].length })
    }
    for (const match of text.matchAll(PERCENT)) {
      if (isInside(skip, match.index, match.index + match[0].length)) continue
      findings.push(percentFinding(match.index, match[0], match[1] ?? match[0]))
      skip.push({ index: match.index, end: match.index + match[0].length })
    }
    for (const match of text.matchAll(NUMBER)) {
      let found = match[0]
      // thousands separated by plain spaces: "10 000"
      while (/^\d{1,3}(?: \d{3})*$/u.test(found)) {
        const more = /^ \d{3}(?![\d.,]\d)(?!\d)/u.exec(text.slice(match.index + found.length))
        if (more === null) break
        found += more[0]
      }
      if (isInside(skip, match.index, match.index + found.length)) continue
      const finding = classify(text, match.index, found, options.allowYears)
      if (finding !== undefined) findings.push(finding)
    }
    for (const word of parsed.words) {
      for (const part of word.parts) {
        if (!isRomanNumeral(part.text)) continue
        const value = String(romanValue(part.text))
        findings.push({
          rule: 'number',
          severity: 'error',
          index: part.index,
          length: part.text.length,
          message: `„${part.text}“ ist eine römische Zahl. Schreiben Sie die Zahl mit Ziffern: „${value}“.`,
          suggestion: value,
        })
      }
    }
    return findings.sort((a, b) => a.index - b.index)
  },
}
