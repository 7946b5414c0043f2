import React from 'react'
import { bookingTexts, fill, type BookingVariant } from '../texts.ts'
import { Message } from './Message.tsx'
import { BackLink, Page } from './Page.tsx'

export interface BookingSummary {
  /** "Montag, 2. März 2026, 09:30 bis 10:00 Uhr" */
  label: string
  place: string
  cancelled: boolean
}

/** When and where, as a definition list. */
export function WhenAndWhere({ label, place, variant }: { label: string; place: string; variant: BookingVariant }) {
  const x = bookingTexts[variant]
  return (
    <dl>
      <dt>{x.when}</dt>
      <dd>{label}</dd>
      <dt>{x.where}</dt>
      <dd>{place}</dd>
    </dl>
  )
}

/** After booking: when and where, and the citizen's own link for cancelling. */
export function BookingConfirmation({
  booking,
  cancelUrl,
  variant,
}: {
  booking: BookingSummary
  cancelUrl: string
  variant: BookingVariant
}) {
  const x = bookingTexts[variant]
  if (booking.cancelled)
    return (
      <Message title={x.cancelledTitle} message={fill(x.isCancelled, { label: booking.label })} variant={variant} />
    )
  return (
    <Page title={x.bookedTitle} variant={variant}>
      <div className="ok" role="status">
        <p>{x.bookedText}</p>
      </div>
      <WhenAndWhere label={booking.label} place={booking.place} variant={variant} />
      <h2>{x.cancelHeading}</h2>
      <p>{x.cancelText}</p>
      <p>
        <a href={cancelUrl} id="absagelink">
          {x.cancelLink}
        </a>
      </p>
      <BackLink variant={variant} />
    </Page>
  )
}
