import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import configPromise from '../../payload.config.ts'
import { withYesNoCells, YES_NO_CELL } from './yesNoCells.ts'

const cellOf = (field: unknown) => (field as { admin?: { components?: { Cell?: unknown } } }).admin?.components?.Cell

/** Every checkbox field of a field list, nested ones too. */
function checkboxes(fields: Field[]): Field[] {
  return fields.flatMap((field) =>
    field.type === 'checkbox'
      ? [field]
      : 'fields' in field && Array.isArray(field.fields)
        ? checkboxes(field.fields)
        : field.type === 'tabs'
          ? field.tabs.flatMap((tab) => checkboxes(tab.fields))
          : [],
  )
}

describe('withYesNoCells', () => {
  it('gives every checkbox the "Ja"/"Nein" cell, in groups, rows and tabs too, and leaves other fields alone', () => {
    const [result] = withYesNoCells([
      {
        slug: 'things',
        fields: [
          { name: 'stale', type: 'checkbox', admin: { description: 'Veraltet' } },
          { name: 'title', type: 'text' },
          { type: 'row', fields: [{ name: 'inRow', type: 'checkbox' }] },
          { name: 'group', type: 'group', fields: [{ name: 'inGroup', type: 'checkbox' }] },
          { type: 'tabs', tabs: [{ label: 'Tab', fields: [{ name: 'inTab', type: 'checkbox' }] }] },
        ],
      } satisfies CollectionConfig,
    ])
    const found = checkboxes(result.fields)
    expect(found.map((f) => ('name' in f ? f.name : ''))).toEqual(['stale', 'inRow', 'inGroup', 'inTab'])
    for (const field of found) expect(cellOf(field)).toBe(YES_NO_CELL)
    // The field's own admin settings stay.
    expect((found[0] as { admin: { description: string } }).admin.description).toBe('Veraltet')
    expect(cellOf(result.fields[1])).toBeUndefined()
  })

  it("keeps a checkbox's own cell", () => {
    const [result] = withYesNoCells([
      { slug: 'things', fields: [{ name: 'own', type: 'checkbox', admin: { components: { Cell: '/x#Own' } } }] },
    ])
    expect(cellOf(result.fields[0])).toBe('/x#Own')
  })

  it('reaches every collection of the project, the features’ too (everyCollection plugin)', async () => {
    const config = await configPromise
    // Payload's own collections (jobs, preferences …) are added after the plugins and are not in the admin's lists.
    const all = config.collections
      .filter((collection) => !collection.slug.startsWith('payload-'))
      .flatMap((collection) =>
        checkboxes(collection.fields).map((field) => [collection.slug, 'name' in field ? field.name : '', field]),
      )
    // e.g. "Veraltet" of the Leichte-Sprache texts.
    expect(all.map(([slug, name]) => `${slug}.${name}`)).toContain('easy-language-texts.stale')
    expect(all.filter(([, , field]) => cellOf(field) !== YES_NO_CELL).map(([slug, name]) => `${slug}.${name}`)).toEqual(
      [],
    )
  })
})
