import { describe, expect, it } from 'vitest'
import { byDistance, distanceKm, formatKm, spansOn, weekdayInGermany } from './geo.ts'

describe('distance', () => {
  it('measures great-circle distances in kilometres', () => {
    const koeln = { lat: 50.9381, lon: 6.9571 }
    const bonn = { lat: 50.7342, lon: 7.0992 }
    const duesseldorf = { lat: 51.2242, lon: 6.7801 }
    expect(distanceKm(koeln, koeln)).toBe(0)
    expect(distanceKm(koeln, bonn)).toBeCloseTo(24.8, 0)
    expect(distanceKm(koeln, duesseldorf)).toBeCloseTo(34.2, 0)
    expect(distanceKm(koeln, bonn)).toBeCloseTo(distanceKm(bonn, koeln), 9)
    // One degree of latitude is about 111.2 km.
    expect(distanceKm({ lat: 50, lon: 7 }, { lat: 51, lon: 7 })).toBeCloseTo(111.2, 0)
  })

  it('sorts by distance and keeps the order of ties', () => {
    const items = [
      { id: 'far', lat: 52, lon: 7 },
      { id: 'tie-a', lat: 50.5, lon: 7 },
      { id: 'near', lat: 50.1, lon: 7 },
      { id: 'tie-b', lat: 50.5, lon: 7 },
    ]
    expect(byDistance(items, { lat: 50, lon: 7 }, (i) => i).map((d) => d.item.id)).toEqual([
      'near',
      'tie-a',
      'tie-b',
      'far',
    ])
  })

  it('writes kilometres the German way', () => {
    expect(formatKm(0.234)).toBe('0,2 km')
    expect(formatKm(3.45)).toBe('3,5 km')
    expect(formatKm(24.8)).toBe('25 km')
  })
})

describe('opening hours', () => {
  it('takes the weekday in German time, not in the visitor’s zone', () => {
    // Monday 23:30 UTC is already Tuesday in Germany (CET, UTC+1).
    expect(weekdayInGermany(new Date('2026-11-23T23:30:00Z'))).toBe('tue')
    expect(weekdayInGermany(new Date('2026-11-23T10:00:00Z'))).toBe('mon')
    // Sunday 22:30 UTC in summer (CEST, UTC+2) is Monday.
    expect(weekdayInGermany(new Date('2026-07-05T22:30:00Z'))).toBe('mon')
  })

  it('lists the spans of one day, earliest first', () => {
    const hours = [
      { day: 'mon', opens: '13:00', closes: '16:00' },
      { day: 'tue', opens: '08:00', closes: '12:00' },
      { day: 'mon', opens: '08:00', closes: '12:00' },
    ] as const
    expect(spansOn([...hours], 'mon').map((s) => s.opens)).toEqual(['08:00', '13:00'])
    expect(spansOn([...hours], 'sun')).toEqual([])
  })
})
