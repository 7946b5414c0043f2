import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pageStylesSource, renderCancelled, renderMessage } from './render.tsx'

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
