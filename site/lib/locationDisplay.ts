/**
 * Location data prepared for display: opening hours per weekday, accessibility features as words.
 */
import { weekdays, type Location } from '../../content-models/schemas/index.ts'
import type { Translate, UiKey } from '../i18n/index.ts'

export type Weekday = (typeof weekdays)[number]

/** The opening spans of each weekday, Monday first, sorted by opening time. */
export function hoursByDay(location: Location): { day: Weekday; spans: Location['openingHours'] }[] {
  return weekdays.map((day) => ({
    day,
    spans: location.openingHours.filter((span) => span.day === day).sort((a, b) => a.opens.localeCompare(b.opens)),
  }))
}

const featureKeys = {
  stepFree: 'location.feature.stepFree',
  lift: 'location.feature.lift',
  accessibleToilet: 'location.feature.accessibleToilet',
  hearingLoop: 'location.feature.hearingLoop',
  dgs: 'location.feature.dgs',
  easyLanguage: 'location.feature.easyLanguage',
  parking: 'location.feature.parking',
} as const satisfies Record<Exclude<keyof Location['accessibility'], 'note'>, UiKey>

/** The features the location has, with their names. */
export function accessibilityFeatures(location: Location, t: Translate): { key: string; name: string }[] {
  return (Object.keys(featureKeys) as (keyof typeof featureKeys)[])
    .filter((key) => location.accessibility[key])
    .map((key) => ({ key, name: t(featureKeys[key]) }))
}
