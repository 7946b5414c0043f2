import { describe, expect, it } from 'vitest'
import { regions as seedRegions } from '../../cms/seed/data/regions.ts'
import { findRegion, suggestRegions, type FinderRegion } from './finder.ts'
import { DISTRICTS, POSTCODE_RANGES, POSTCODES } from './places.ts'

/** The demo's regions in the finder's shape. */
const regions: FinderRegion[] = seedRegions.map((region, i) => ({
  id: String(i + 1),
  slug: `r${i + 1}`,
  name: region.name,
  kind: region.kind,
  lat: region.lat,
  lon: region.lon,
}))
const found = (text: string) => findRegion(regions, text)?.name

describe('places as people type them', () => {
  it('resolves postcodes to their municipality', () => {
    expect(found('50667')).toBe('Köln')
    expect(found('51105')).toBe('Köln')
    expect(found('53225')).toBe('Bonn')
    expect(found('45468')).toBe('Mülheim an der Ruhr')
    expect(found('47441 Moers')).toBe('Moers')
    expect(found('53721')).toBe('Siegburg')
    // Outside the Rheinland: nothing, and no guess.
    expect(found('10115')).toBeUndefined()
  })

  it('resolves city districts, also written "Town-District"', () => {
    expect(found('Beuel')).toBe('Bonn')
    expect(found('Bonn-Beuel')).toBe('Bonn')
    expect(found('Bad Godesberg')).toBe('Bonn')
    expect(found('Köln Deutz')).toBe('Köln')
    expect(found('köln-mülheim')).toBe('Köln')
    expect(found('Rheydt')).toBe('Mönchengladbach')
    expect(found('Bergisch Gladbach-Bensberg')).toBe('Bergisch Gladbach')
    expect(found('Sankt Augustin-Hangelar')).toBe('Sankt Augustin')
  })

  it('tolerates a missing addition to the name', () => {
    expect(found('Mülheim')).toBe('Mülheim an der Ruhr')
    expect(found('Muelheim')).toBe('Mülheim an der Ruhr')
    expect(found('Langenfeld')).toBe('Langenfeld (Rheinland)')
    expect(found('Emmerich')).toBe('Emmerich am Rhein')
    expect(found('Hennef')).toBe('Hennef (Sieg)')
    // The full names and the Kreise still win.
    expect(found('Kreis Wesel')).toBe('Kreis Wesel')
    expect(found('Wesel')).toBe('Wesel')
  })

  it('suggests the town for a postcode or district being typed', () => {
    expect(suggestRegions(regions, '5066').map((r) => r.name)).toContain('Köln')
    expect(suggestRegions(regions, 'Beu').map((r) => r.name)).toContain('Bonn')
    expect(suggestRegions(regions, 'Mülh').map((r) => r.name)).toContain('Mülheim an der Ruhr')
  })

  it('names only municipalities of the regions list', () => {
    const names = new Set(seedRegions.filter((r) => r.kind !== 'kreis').map((r) => r.name))
    const used = [
      ...POSTCODE_RANGES.map(([, , town]) => town),
      ...Object.values(POSTCODES),
      ...Object.values(DISTRICTS),
    ]
    expect(used.filter((town) => !names.has(town))).toEqual([])
    // No postcode twice, no overlapping ranges.
    for (const [i, [from, to]] of POSTCODE_RANGES.entries()) {
      expect(from).toBeLessThanOrEqual(to)
      for (const [from2, to2] of POSTCODE_RANGES.slice(i + 1)) expect(to < from2 || to2 < from).toBe(true)
    }
    for (const code of Object.keys(POSTCODES))
      expect(
        POSTCODE_RANGES.some(([from, to]) => Number(code) >= from && Number(code) <= to),
        code,
      ).toBe(false)
    // A district never hides a municipality of the same name.
    expect(Object.keys(DISTRICTS).filter((district) => names.has(district))).toEqual([])
  })
})
