import { describe, expect, it } from 'vitest'
import { formatDuration, formatMegabytes, isoDuration } from './format.ts'
import { openStreetMapUrl, telUrl } from './urls.ts'

describe('format', () => {
  it('writes megabytes in German format with one decimal', () => {
    expect(formatMegabytes(78534)).toBe('0,1')
    expect(formatMegabytes(12.5 * 1024 * 1024)).toBe('12,5')
  })

  it('writes durations as mm:ss and ISO 8601', () => {
    expect(formatDuration(28)).toBe('00:28')
    expect(formatDuration(95)).toBe('01:35')
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
