import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import BookingLink from './BookingLink.astro'
import { examples } from './examples.ts'

describe('BookingLink', () => {
  itRendersEachExample(BookingLink, examples)

  it('links to the booking page of the CMS, in Leichte Sprache on Leichte-Sprache pages', async () => {
    const [service, easy] = await Promise.all(examples.map((e) => renderExample(BookingLink, e)))
    expect(service).toMatch(/href="[^"]*\/api\/bookings\/termin\?service=assistenz-im-wohnen"/)
    expect(easy).toMatch(
      /href="[^"]*\/api\/bookings\/termin\?location=lvr-beratungszentrum-koeln-deutz&(amp;)?sprache=leicht"/,
    )
  })
})
