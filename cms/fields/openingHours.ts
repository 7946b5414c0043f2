import type { ArrayField } from 'payload'
import { minutesOf, validTime } from './validators.ts'

export const weekdayOptions = [
  { label: 'Montag', value: 'mon' },
  { label: 'Dienstag', value: 'tue' },
  { label: 'Mittwoch', value: 'wed' },
  { label: 'Donnerstag', value: 'thu' },
  { label: 'Freitag', value: 'fri' },
  { label: 'Samstag', value: 'sat' },
  { label: 'Sonntag', value: 'sun' },
]

/** Structured opening hours: one row per opening span; two rows on one day make a lunch break. */
export function openingHoursField(overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name: 'openingHours',
    label: 'Öffnungszeiten',
    labels: { singular: 'Öffnungszeit', plural: 'Öffnungszeiten' },
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'day', label: 'Wochentag', type: 'select', required: true, options: weekdayOptions },
          { name: 'opens', label: 'Öffnet um', type: 'text', required: true, validate: validTime },
          {
            name: 'closes',
            label: 'Schließt um',
            type: 'text',
            required: true,
            validate: (value: unknown, { siblingData }: { siblingData: { opens?: unknown } }) => {
              const format = validTime(value)
              if (format !== true) return format
              const opens = siblingData?.opens
              if (
                typeof opens === 'string' &&
                validTime(opens) === true &&
                minutesOf(value as string) <= minutesOf(opens)
              ) {
                return `Die Schließzeit (${value}) muss nach der Öffnungszeit (${opens}) liegen.`
              }
              return true
            },
          },
          { name: 'note', label: 'Hinweis', type: 'text' },
        ],
      },
    ],
    ...overrides,
  } as ArrayField
}
