/**
 * Validators shared by several collections. Each returns `true` or a German
 * message that names what is wrong and how to fix it.
 */
import { EMAIL_PATTERN, PHONE_PATTERN, SLUG_PATTERN, TIME_PATTERN } from '../../content-models/patterns.ts'
import { check } from '../../packages/easy-language-checker/index.ts'

export function validPhone(value: unknown, required = false): true | string {
  if (value === undefined || value === null || value === '')
    return required ? 'Bitte geben Sie eine Telefonnummer an.' : true
  if (typeof value !== 'string' || !PHONE_PATTERN.test(value.trim())) {
    return 'Bitte geben Sie eine gültige Telefonnummer an, zum Beispiel „0221 9999 123“ oder „+49 221 9999 123“.'
  }
  return true
}

export function validEmail(value: unknown, required = false): true | string {
  if (value === undefined || value === null || value === '')
    return required ? 'Bitte geben Sie eine E-Mail-Adresse an.' : true
  if (typeof value !== 'string' || !EMAIL_PATTERN.test(value.trim())) {
    return 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel „beratung@beispiel.de“.'
  }
  return true
}

export function validSlugFormat(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return 'Bitte geben Sie eine Kurzadresse (Slug) an.'
  if (!SLUG_PATTERN.test(value)) {
    return 'Die Kurzadresse darf nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche enthalten, zum Beispiel „persoenliches-budget“.'
  }
  return true
}

export function validTime(value: unknown): true | string {
  if (typeof value !== 'string' || !TIME_PATTERN.test(value))
    return 'Bitte geben Sie eine Uhrzeit im Format HH:MM an, zum Beispiel 08:30.'
  return true
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

/** Parses WebVTT enough to reject files that players would not show. */
export function validWebVtt(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '')
    return 'Untertitel (WebVTT) sind Pflicht. Bitte fügen Sie die Untertitel ein.'
  const text = value.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!/^WEBVTT(?:[ \t].*)?(?:\n|$)/.test(text))
    return 'Die Untertitel müssen im Format WebVTT sein und mit „WEBVTT“ beginnen.'
  const cue = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3}) --> (?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})/
  let cues = 0
  for (const [lineNo, line] of text.split('\n').entries()) {
    if (!line.includes('-->')) continue
    const m = cue.exec(line.trim())
    if (!m)
      return `Zeile ${lineNo + 1} der Untertitel hat keine gültige Zeitangabe (erwartet: 00:00:01.000 --> 00:00:04.000).`
    const start = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000
    const end = Number(m[5] ?? 0) * 3600 + Number(m[6]) * 60 + Number(m[7]) + Number(m[8]) / 1000
    if (end <= start) return `Zeile ${lineNo + 1} der Untertitel endet nicht nach ihrem Beginn.`
    cues++
  }
  if (cues === 0) return 'Die Untertitel enthalten keinen einzigen Untertitel-Abschnitt (Cue).'
  return true
}

/**
 * A short label in Leichte Sprache (a contact person's function): optional,
 * but when given it must pass the Leichte-Sprache checker without errors,
 * like the texts in Leichte Sprache themselves.
 */
export function validEasyLanguageLabel(value: unknown): true | string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return true
  if (typeof value !== 'string') return 'Bitte geben Sie einen Text ein.'
  if (value.length > 200) return 'Bitte schreiben Sie höchstens 200 Zeichen.'
  const errors = check(value).filter((finding) => finding.severity === 'error')
  if (errors.length === 0) return true
  const first = errors[0]!
  return `Das ist noch keine Leichte Sprache: „${value.slice(first.index, first.index + first.length)}“: ${first.message}${errors.length > 1 ? ` (und ${errors.length - 1} weitere Stellen)` : ''}`
}
