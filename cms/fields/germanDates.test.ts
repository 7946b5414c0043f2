import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { germanDates, withGermanDates } from './germanDates.ts'

const collection = (fields: CollectionConfig['fields'], versions?: CollectionConfig['versions']): CollectionConfig => ({
  slug: 'things',
  fields,
  versions,
})

describe('withGermanDates', () => {
  it('gives every date field German formats and the German picker texts, nested ones too', () => {
    const [result] = withGermanDates([
      collection([
        { name: 'day', type: 'date' },
        {
          name: 'group',
          type: 'group',
          fields: [{ name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }],
        },
        { name: 'time', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } },
      ]),
    ])
    const [day, group, time] = result.fields as never as [
      { admin: { date: Record<string, unknown> } },
      { fields: [{ admin: { date: Record<string, unknown> } }] },
      { admin: { date: Record<string, unknown> } },
    ]
    expect(day.admin.date).toMatchObject({
      displayFormat: 'dd.MM.yyyy',
      timeFormat: 'HH:mm',
      overrides: { todayButton: 'Heute', timeCaption: 'Uhrzeit' },
    })
    expect(group.fields[0].admin.date).toMatchObject({ displayFormat: 'dd.MM.yyyy HH:mm', timeFormat: 'HH:mm' })
    // No "today" where the picker shows no days.
    expect(time.admin.date.overrides).toEqual({ timeCaption: 'Uhrzeit' })
  })

  it("keeps a field's own format and overrides", () => {
    const [result] = withGermanDates([
      collection([
        { name: 'd', type: 'date', admin: { date: { displayFormat: 'yyyy', overrides: { todayButton: 'Jetzt' } } } },
      ]),
    ])
    const date = (result.fields[0] as { admin: { date: Record<string, unknown> } }).admin.date
    expect(date).toMatchObject({ displayFormat: 'yyyy', overrides: { todayButton: 'Jetzt' } })
  })

  it('puts the schedule drawer on the 24-hour clock with German dates, keeping its other settings', () => {
    const [planned, plain] = withGermanDates([
      collection([], { drafts: { schedulePublish: { timeIntervals: 1 } } }),
      collection([], { drafts: true }),
    ])
    expect(planned.versions).toEqual({
      drafts: {
        schedulePublish: {
          timeFormat: 'HH:mm',
          displayFormat: 'dd.MM.yyyy HH:mm',
          overrides: { todayButton: 'Heute', timeCaption: 'Uhrzeit' },
          timeIntervals: 1,
        },
      },
    })
    expect(plain.versions).toEqual({ drafts: true })
  })
})

describe('germanDates', () => {
  it('sets Berlin as the only time zone and the German date format', () => {
    const config = germanDates({ admin: { components: { providers: ['/x#X'] } } } as Config)
    expect(config.admin?.timezones).toEqual({
      supportedTimezones: [{ label: 'Berlin', value: 'Europe/Berlin' }],
      defaultTimezone: 'Europe/Berlin',
    })
    expect(config.admin?.dateFormat).toBe('dd.MM.yyyy HH:mm')
    expect(config.admin?.components?.providers).toEqual(['/x#X'])
  })
})
