import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pageStylesSource, renderBookingForm, renderCancelled, renderMessage } from './render.tsx'

describe('booking pages as documents', () => {
  it('are whole HTML documents whose one stylesheet is the one the policy allows by its hash', async () => {
    for (const html of [await renderMessage('Fehler', 'Text'), await renderCancelled('Montag', 'easy')]) {
      expect(html.startsWith('<!doctype html>\n<html lang="de">')).toBe(true)
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])
      expect(styles).toHaveLength(1)
      expect(`'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`).toBe(pageStylesSource)
      // No inline style attributes, which a hash does not cover.
      expect(html).not.toMatch(/\sstyle=/)
    }
    // Leichte Sprache: the same stylesheet, its larger type switched on by the body's class.
    expect(await renderCancelled('Montag', 'easy')).toContain('<body class="easy">')
    expect(await renderCancelled('Montag')).toContain('<body>')
  })
})

describe('the time picker of the booking form', () => {
  // The same time on two days: a closed select shows only the chosen option, without its day group.
  const place = 'LVR-Inklusionsamt, Servicestelle Aachen, Hauptstraße 1, 52062 Aachen'
  const slots = [
    ['2026-12-08T09:00:00.000Z', 'Dienstag, 8. Dezember 2026'],
    ['2026-12-09T09:00:00.000Z', 'Mittwoch, 9. Dezember 2026'],
  ].map(([start, day]) => ({
    availability: 1,
    start,
    end: start.replace('T09', 'T10'),
    label: `${day}, 10:00 bis 11:00 Uhr`,
    place,
    value: `1@${start}`,
  }))
  const context = { title: 'Beratung', target: { service: 'beratung' }, availabilities: [] }
  const options = (html: string) =>
    [...html.matchAll(/<option value="[^"]*"[^>]*>([^<]*)<\/option>/g)].map((m) => m[1].replaceAll('&amp;', '&'))

  it('names the day in every option, not only in the day group', async () => {
    const html = await renderBookingForm({ context, slots })
    expect(options(html)).toEqual([
      `Dienstag, 8. Dezember 2026, 10:00 bis 11:00 Uhr (${place})`,
      `Mittwoch, 9. Dezember 2026, 10:00 bis 11:00 Uhr (${place})`,
    ])
    // The days still group the open list.
    expect(html).toContain('<optgroup label="Dienstag, 8. Dezember 2026">')
    expect(html).toContain('<optgroup label="Mittwoch, 9. Dezember 2026">')
  })

  it('names the day in every option in Leichte Sprache too, without brackets', async () => {
    const html = await renderBookingForm({ context, slots, variant: 'easy' })
    expect(options(html)).toEqual([
      `Dienstag, 8. Dezember 2026, 10:00 bis 11:00 Uhr. Ort: ${place}`,
      `Mittwoch, 9. Dezember 2026, 10:00 bis 11:00 Uhr. Ort: ${place}`,
    ])
  })
})
