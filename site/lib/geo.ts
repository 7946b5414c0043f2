/**
 * Distances and opening times, shared by the static pages (at build time) and
 * the finder and near-me islands (in the browser). Plain functions without
 * dependencies, so that the client bundle stays small.
 */

/** A position in WGS84 degrees. */
export interface Position {
  lat: number
  lon: number
}

/** Mean earth radius in kilometres (IUGG). */
const EARTH_RADIUS_KM = 6371.0088

const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance between two positions in kilometres (haversine formula). */
export function distanceKm(a: Position, b: Position): number {
  const dLat = radians(b.lat - a.lat)
  const dLon = radians(b.lon - a.lon)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Items with their distance from `from`, nearest first (ties keep their order). */
export function byDistance<T>(
  items: readonly T[],
  from: Position,
  at: (item: T) => Position,
): { item: T; km: number }[] {
  return items
    .map((item, index) => ({ item, km: distanceKm(from, at(item)), index }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .map(({ item, km }) => ({ item, km }))
}

/** "3,4 km" style: one decimal below 10 km, whole kilometres above (German decimal comma). */
export function formatKm(km: number): string {
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km)
  return `${rounded.toLocaleString('de-DE', { maximumFractionDigits: 1 })} km`
}

/** Weekday keys as in the public location schema, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekdayKey = (typeof WEEKDAYS)[number]

/** Today's weekday in German time (the offices' time zone), whatever the visitor's clock zone is. */
export function weekdayInGermany(now: Date = new Date()): WeekdayKey {
  const short = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Europe/Berlin' })
    .format(now)
    .slice(0, 3)
    .toLowerCase()
  return (WEEKDAYS as readonly string[]).includes(short) ? (short as WeekdayKey) : 'mon'
}

export interface OpeningSpan {
  day: WeekdayKey
  opens: string
  closes: string
  note?: string
}

/** The opening spans of one weekday, earliest first. */
export function spansOn<T extends OpeningSpan>(hours: readonly T[], day: WeekdayKey): T[] {
  return hours.filter((span) => span.day === day).sort((a, b) => a.opens.localeCompare(b.opens))
}
