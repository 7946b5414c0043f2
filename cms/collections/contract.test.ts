import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { languageOptions } from './ContactPersons.ts'
import { pageKindOptions } from './Pages.ts'
import { Regions } from './Regions.ts'
import { weekdayOptions } from '../fields/openingHours.ts'
import { buildSnapshot } from '../export/export.ts'
import {
  languageCodes,
  manifestSchema,
  pageKinds,
  publicTypes,
  regionKinds,
  schemas,
  weekdays,
  type PublicType,
} from '../../content-models/schemas/index.ts'
import * as fx from '../export/test-fixtures.ts'

/** One valid public item per type, made by the real mapping from the fixtures. */
const items = buildSnapshot(fx.publishedDocs())
const sample = (type: PublicType) => items[type][0] as Record<string, unknown>

describe('public schemas', () => {
  it.each(publicTypes)('%s accepts the mapped fixture and rejects unknown keys', (type) => {
    const item = sample(type)
    expect(schemas[type].safeParse(item).success).toBe(true)
    const extra = schemas[type].safeParse({ ...item, internalNote: 'geheim' })
    expect(extra.success).toBe(false)
    expect(extra.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['internalNote'] })
  })

  it('rejects unknown keys in nested objects too', () => {
    const person = sample('contactPerson')
    const nested = schemas.contactPerson.safeParse({
      ...person,
      responsibility: { ...(person.responsibility as object), consent: true },
    })
    expect(nested.success).toBe(false)
    expect(nested.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['responsibility'] })
    const location = sample('location')
    expect(schemas.location.safeParse({ ...location, coordinates: { lat: 1, lon: 2, alt: 3 } }).success).toBe(false)
  })

  it('rejects the internal fields the CMS has', () => {
    expect(schemas.contactPerson.safeParse({ ...sample('contactPerson'), consent: { given: true } }).success).toBe(
      false,
    )
    expect(schemas.service.safeParse({ ...sample('service'), approval: { approvedBy: 'x' } }).success).toBe(false)
    expect(schemas.service.safeParse({ ...sample('service'), _status: 'published' }).success).toBe(false)
    const text = sample('easyLanguageText')
    expect(
      schemas.easyLanguageText.safeParse({ ...text, review: { reviewedAt: '2026-02-01T00:00:00.000Z', remarks: 'x' } })
        .success,
    ).toBe(false)
  })

  it('fills defaults for lists and flags', () => {
    const minimal = {
      id: '1',
      slug: 'minimal',
      function: 'Beratung',
      phone: '0221 9999 100',
      email: 'a@demo.lotse.example',
      responsibility: {},
      department: '1',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    expect(schemas.contactPerson.parse(minimal)).toMatchObject({
      languages: [],
      dgs: false,
      easyLanguage: false,
      responsibility: { services: [], topics: [], regions: [] },
    })
  })

  it('checks formats: slugs, dates, times, ranges, links', () => {
    const fail = (type: PublicType, patch: Record<string, unknown>) =>
      schemas[type].safeParse({ ...sample(type), ...patch }).success
    expect(fail('service', { slug: 'Mit Leerzeichen' })).toBe(false)
    expect(fail('service', { updatedAt: '20.01.2026' })).toBe(false)
    expect(fail('service', { forms: [{ title: 'x', url: 'javascript:alert(1)', kind: 'form' }] })).toBe(false)
    expect(fail('location', { openingHours: [{ day: 'mon', opens: '12:00', closes: '08:00' }] })).toBe(false)
    expect(fail('location', { openingHours: [{ day: 'monday', opens: '08:00', closes: '12:00' }] })).toBe(false)
    const person = sample('contactPerson')
    const range = (from: string, to: string) => ({
      responsibility: { ...(person.responsibility as object), surnameRange: { from, to } },
    })
    expect(fail('contactPerson', range('L', 'A'))).toBe(false)
    expect(fail('contactPerson', range('A', 'Z'))).toBe(true)
    expect(fail('videoTutorial', { captions: 'no webvtt' })).toBe(false)
    expect(fail('easyLanguageText', { lines: [] })).toBe(false)
  })

  it('keeps option lists in step with the CMS', () => {
    const values = (options: { value: string }[]) => options.map((option) => option.value)
    expect([...languageCodes]).toEqual(values(languageOptions))
    expect([...weekdays]).toEqual(values(weekdayOptions))
    expect([...pageKinds]).toEqual(values(pageKindOptions))
    const kind = Regions.fields.find((field) => 'name' in field && field.name === 'kind') as {
      options: { value: string }[]
    }
    expect([...regionKinds]).toEqual(values(kind.options))
  })

  it('describes the manifest', () => {
    const counts = Object.fromEntries(publicTypes.map((type) => [type, 0]))
    expect(manifestSchema.safeParse({ generatedAt: new Date().toISOString(), schemaVersion: 1, counts }).success).toBe(
      true,
    )
    expect(manifestSchema.safeParse({ generatedAt: new Date().toISOString(), schemaVersion: 2, counts }).success).toBe(
      false,
    )
    expect(z.toJSONSchema(manifestSchema)).toMatchObject({ additionalProperties: false })
  })
})
