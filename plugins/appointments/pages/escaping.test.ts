/**
 * Whatever a booking page shows from the database or from the address (the
 * service's or location's name, the place, the slot labels, the target's slug,
 * the cancellation token and link, an error message) is text: markup and
 * quotes in it are escaped, never interpreted. Checked on the served HTML
 * itself, independent of how the pages are built.
 */
import { describe, expect, it } from 'vitest'
import { renderBookingForm, renderCancelled, renderCancelPage, renderConfirmation, renderMessage } from './render.tsx'

const hostile = `<script>alert("x")</script><img src=x onerror='alert(1)'> "Budget" & 'Co'`

/** The text of an HTML fragment's character references, decoded (the ones any escaper writes). */
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')

/** Every attribute value (double-quoted, as both builders write them) and every text between tags. */
function parts(html: string): { attributes: string[]; texts: string[] } {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '')
  const attributes = [...body.matchAll(/\s[a-zA-Z-]+="([^"]*)"/g)].map((m) => decode(m[1]))
  const texts = [...body.matchAll(/>([^<]+)</g)].map((m) => decode(m[1]))
  return { attributes, texts }
}

function expectInert(html: string) {
  // Escaped text and attribute values hold no "<" or ">", so every tag here is one the page itself wrote:
  // no script, no img, no event handler attribute.
  const tags = [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)]
  expect(tags.map((m) => m[1].toLowerCase()).filter((t) => t === 'script' || t === 'img')).toEqual([])
  const attributeNames = tags.flatMap((m) =>
    [...m[2].replace(/"[^"]*"/g, '').matchAll(/([a-zA-Z-]+)=/g)].map((a) => a[1]),
  )
  expect(attributeNames.filter((name) => /^on/i.test(name))).toEqual([])
  expect(html).not.toMatch(/<script|<img/i)
}

const slot = {
  availability: 1,
  start: '2030-03-04T08:00:00.000Z',
  end: '2030-03-04T08:45:00.000Z',
  label: `Montag, 4. März 2030, 09:00 bis 09:45 Uhr ${hostile}`,
  place: `Beratungszentrum ${hostile}`,
  value: `1@2030-03-04T08:00:00.000Z"><script>alert(3)</script>`,
}

describe('booking pages escape what they show', () => {
  it('shows a hostile service title, place and slot as text in the form', async () => {
    const html = await renderBookingForm({
      context: { title: hostile, target: { service: `x"><script>alert(2)</script>` }, availabilities: [] },
      slots: [slot],
      message: hostile,
      errors: [{ field: 'name', message: hostile }],
      selected: slot.value,
    })
    expectInert(html)
    const { attributes, texts } = parts(html)
    // The title, in <title> and <h1>, exactly as stored.
    expect(texts).toContain(`Termin vereinbaren: ${hostile} – Beratungsportal`)
    expect(texts).toContain(`Termin vereinbaren: ${hostile}`)
    // The place in the option's text, the hidden fields' values as attributes, unchanged.
    expect(texts.join('')).toContain(`(Beratungszentrum ${hostile})`)
    expect(attributes).toContain(`x"><script>alert(2)</script>`)
    expect(attributes).toContain(slot.value)
    expect(texts.join('')).toContain(`Fehler: ${hostile}`)
  })

  it('shows a hostile place, label, link and token as text on the confirmation and the cancellation', async () => {
    const cancelUrl = `https://cms.example/api/bookings/absagen?token=a"b'c<d>&sprache=leicht`
    for (const html of [
      await renderConfirmation({ label: hostile, place: hostile, cancelled: false, cancelUrl }),
      await renderCancelPage({
        label: hostile,
        place: hostile,
        cancelled: false,
        token: `t"><script>alert(4)</script>`,
      }),
      await renderConfirmation({ label: hostile, place: hostile, cancelled: true, cancelUrl }, 'easy'),
      await renderCancelPage({ label: hostile, place: hostile, cancelled: true, token: 't' }, 'easy'),
      await renderCancelled(hostile),
      await renderMessage(hostile, hostile),
    ]) {
      expectInert(html)
      expect(parts(html).texts.join('\n')).toContain(hostile)
    }
    const { attributes } = parts(await renderConfirmation({ label: 'x', place: 'y', cancelled: false, cancelUrl }))
    expect(attributes).toContain(cancelUrl)
    const cancel = parts(
      await renderCancelPage({ label: 'x', place: 'y', cancelled: false, token: `t"><script>alert(4)</script>` }),
    )
    expect(cancel.attributes).toContain(`t"><script>alert(4)</script>`)
  })
})
