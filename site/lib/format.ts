/**
 * Numbers, dates and durations as German readers expect them.
 */
import { TIME_ZONE } from './constants.ts'

const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: TIME_ZONE })
const megabytes = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const languageNames = new Intl.DisplayNames(['de'], { type: 'language' })

/** "2026-03-04T00:00:00.000Z" → "4. März 2026". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

/** The calendar date (YYYY-MM-DD) of an ISO timestamp in German time, for `<time datetime>`. */
export function isoDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(iso))
}

/** File size in megabytes with one decimal in German format (78534 → "0,1"); never shows "0,0". */
export function formatMegabytes(bytes: number): string {
  return megabytes.format(Math.max(bytes / (1024 * 1024), 0.1))
}

const durationUnits = [
  { seconds: 3600, one: 'Stunde', many: 'Stunden' },
  { seconds: 60, one: 'Minute', many: 'Minuten' },
  { seconds: 1, one: 'Sekunde', many: 'Sekunden' },
] as const

/**
 * Duration in words, as read aloud (28 → "28 Sekunden", 65 → "1 Minute 5 Sekunden",
 * 120 → "2 Minuten", 3720 → "1 Stunde 2 Minuten"); units that are zero are left out.
 * A no-break space keeps each number with its unit.
 */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds))
  const parts: string[] = []
  for (const unit of durationUnits) {
    const count = Math.floor(rest / unit.seconds)
    rest -= count * unit.seconds
    if (count > 0) parts.push(`${count}\u00a0${count === 1 ? unit.one : unit.many}`)
  }
  return parts.length > 0 ? parts.join(' ') : '0\u00a0Sekunden'
}

/** Duration as ISO 8601 (28 → "PT28S", 95 → "PT1M35S"). */
export function isoDuration(seconds: number): string {
  const total = Math.round(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || total === 0 ? `${s}S` : ''}`
}

/** German name of a language code ("tr" → "Türkisch"). */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code
}

/** Splits plain text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
}
