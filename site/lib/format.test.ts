import { describe, expect, it } from 'vitest'
import { formatDuration, formatMegabytes, isoDuration } from './format.ts'
import { openStreetMapUrl, telUrl } from './urls.ts'

describe('format', () => {
  it('writes megabytes in German format with one decimal', () => {
    expect(formatMegabytes(78534)).toBe('0,1')
    expect(formatMegabytes(12.5 * 1024 * 1024)).toBe('12,5')
  })

  it('writes durations in words, leaving out units that are zero', () => {
    const words = (seconds: number) => formatDuration(seconds).replaceAll('\u00a0', ' ')
    expect(words(28)).toBe('28 Sekunden')
    expect(words(1)).toBe('1 Sekunde')
    expect(words(60)).toBe('1 Minute')
    expect(words(65)).toBe('1 Minute 5 Sekunden')
    expect(words(95)).toBe('1 Minute 35 Sekunden')
    expect(words(120)).toBe('2 Minuten')
    expect(words(121.4)).toBe('2 Minuten 1 Sekunde')
    expect(words(3600 + 120)).toBe('1 Stunde 2 Minuten')
    expect(words(2 * 3600 + 1)).toBe('2 Stunden 1 Sekunde')
    expect(words(0)).toBe('0 Sekunden')
    // Each number stays on the line of its unit.
    expect(formatDuration(65)).toBe('1\u00a0Minute 5\u00a0Sekunden')
  })

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(28)).toBe('PT28S')
    expect(isoDuration(3600 + 120)).toBe('PT1H2M')
  })
})

describe('urls', () => {
  it('makes international tel: links from German numbers', () => {
    expect(telUrl('0221 9999 120')).toBe('tel:+492219999120')
    expect(telUrl('+49 (221) 9999-120')).toBe('tel:+492219999120')
  })

  it('links OpenStreetMap without embedding anything', () => {
    expect(openStreetMapUrl(50.66, 6.78)).toBe('https://www.openstreetmap.org/?mlat=50.66&mlon=6.78#map=17/50.66/6.78')
  })
})
