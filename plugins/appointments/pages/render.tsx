/**
 * The booking pages as HTML documents: React components rendered on the
 * server (react-dom/server), so every value is escaped by construction. The
 * endpoints send what these return.
 */
import React, { type ReactElement } from 'react'
import type { BookingVariant } from '../texts.ts'
import { BookingConfirmation, type BookingSummary } from './BookingConfirmation.tsx'
import { BookingForm, type BookingFormProps } from './BookingForm.tsx'
import { BookingCancelled, CancelBooking } from './CancelBooking.tsx'
import { Message } from './Message.tsx'

export { pageStylesSource } from './styles.ts'

/**
 * A whole document: React writes no doctype, so it comes first. react-dom/server is imported when the
 * first page is rendered: Next.js refuses a static import of it in modules that its Server Components
 * also reach (payload.config.ts is imported by the admin's pages), and loads it at run time, as Payload's
 * own server views do.
 */
async function htmlDocument(page: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server')
  return `<!doctype html>\n${renderToStaticMarkup(page)}`
}

export function renderMessage(title: string, message: string, variant: BookingVariant = 'standard'): Promise<string> {
  return htmlDocument(<Message title={title} message={message} variant={variant} />)
}

export function renderBookingForm(props: BookingFormProps): Promise<string> {
  return htmlDocument(<BookingForm {...props} />)
}

export function renderConfirmation(
  booking: BookingSummary & { cancelUrl: string },
  variant: BookingVariant = 'standard',
): Promise<string> {
  return htmlDocument(<BookingConfirmation booking={booking} cancelUrl={booking.cancelUrl} variant={variant} />)
}

export function renderCancelPage(
  booking: BookingSummary & { token: string },
  variant: BookingVariant = 'standard',
): Promise<string> {
  return htmlDocument(<CancelBooking booking={booking} token={booking.token} variant={variant} />)
}

export function renderCancelled(label: string, variant: BookingVariant = 'standard'): Promise<string> {
  return htmlDocument(<BookingCancelled label={label} variant={variant} />)
}
