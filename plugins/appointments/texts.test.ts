/**
 * The booking pages in Leichte Sprache: every text passes the project's
 * checker without errors, and the pages carry the variant through their
 * forms and links (so the error page, the confirmation and the cancellation
 * stay in Leichte Sprache).
 */
import { describe, expect, it } from 'vitest'
import { bookingTexts, fill, withVariant } from './texts.ts'
import { renderBookingForm, renderCancelPage, renderConfirmation } from './pages/render.tsx'
import { check } from '../../packages/easy-language-checker/index.ts'

const slot = {
  availability: 1,
  start: '2030-03-04T08:00:00.000Z',
  end: '2030-03-04T08:45:00.000Z',
  label: 'Montag, 4. März 2030, 09:00 bis 09:45 Uhr',
  place: 'Beratungszentrum, Hauptstraße 12, 50679 Köln',
  value: '1@2030-03-04T08:00:00.000Z',
}
/** The hidden form field that carries Leichte Sprache (an HTML void element, with or without its slash). */
const hiddenVariantField = /<input type="hidden" name="sprache" value="leicht"\s*\/?>/
const context = { title: 'Persönliches Budget', target: { service: 'persoenliches-budget' }, availabilities: [] }

describe('booking pages in Leichte Sprache', () => {
  it('has every text in Leichte Sprache without an error finding', () => {
    const values = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Object.values(value as object).flatMap(values)
    const failing = values(bookingTexts.easy)
      .filter((text) => !text.startsWith('/'))
      .map((text) =>
        fill(text.replace(/ \*$/, ''), {
          title: 'Persönliches Budget',
          label: 'Montag um 9 Uhr',
          place: 'Beratungs·zentrum Köln',
        }),
      )
      .flatMap((text) =>
        check(text)
          .filter((finding) => finding.severity === 'error')
          .map((finding) => `${text}: ${finding.rule} „${text.slice(finding.index, finding.index + finding.length)}“`),
      )
    expect(failing).toEqual([])
    // Every text of the standard pages has its Leichte-Sprache counterpart.
    expect(Object.keys(bookingTexts.easy).sort()).toEqual(Object.keys(bookingTexts.standard).sort())
  })

  it('keeps Leichte Sprache through the form, the errors, the confirmation and the cancellation', async () => {
    const form = await renderBookingForm({
      context,
      slots: [slot],
      message: 'Bitte prüfen Sie Ihre Angaben.',
      errors: [{ field: 'contact', message: 'Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.' }],
      variant: 'easy',
    })
    expect(form).toMatch(hiddenVariantField)
    expect(form).toContain('Einen Termin machen: Persönliches Budget')
    expect(form).toContain(bookingTexts.easy.fields.contact)
    expect(form).not.toContain('Telefonnummer an.')
    expect(form).toContain('/leichte-sprache/')
    const confirmation = await renderConfirmation(
      {
        label: slot.label,
        place: slot.place,
        cancelled: false,
        cancelUrl: withVariant('https://cms/api/bookings/absagen?token=x', 'easy'),
      },
      'easy',
    )
    expect(confirmation).toContain('Danke! Ihr Termin ist gebucht.')
    expect(confirmation).toContain('absagen?token=x&amp;sprache=leicht')
    const cancel = await renderCancelPage(
      { label: slot.label, place: slot.place, cancelled: false, token: 'x' },
      'easy',
    )
    expect(cancel).toMatch(hiddenVariantField)
    // The standard pages stay as they were.
    expect(await renderBookingForm({ context, slots: [slot] })).toContain('Termin vereinbaren: Persönliches Budget')
    expect(await renderBookingForm({ context, slots: [slot] })).not.toContain('name="sprache"')
  })
})
