import React from 'react'
import { cmsUrl } from '../../../cms/lib/publicEndpoint.ts'
import { bookingTexts, fill, type BookingVariant } from '../texts.ts'
import { type BookingSummary, WhenAndWhere } from './BookingConfirmation.tsx'
import { Message } from './Message.tsx'
import { BackLink, Page, VariantField } from './Page.tsx'

/** The cancellation link's page: asks before cancelling (a link alone must not cancel). */
export function CancelBooking({
  booking,
  token,
  variant,
}: {
  booking: BookingSummary
  token: string
  variant: BookingVariant
}) {
  const x = bookingTexts[variant]
  if (booking.cancelled)
    return (
      <Message
        title={x.cancelledTitle}
        message={fill(x.alreadyCancelled, { label: booking.label })}
        variant={variant}
      />
    )
  return (
    <Page title={x.cancelTitle} variant={variant}>
      <WhenAndWhere label={booking.label} place={booking.place} variant={variant} />
      <form method="post" action={`${cmsUrl()}/api/bookings/cancel`}>
        <input type="hidden" name="token" value={token} />
        <VariantField variant={variant} />
        <button type="submit">{x.cancelButton}</button>
      </form>
      <BackLink variant={variant} text={x.dontCancel} />
    </Page>
  )
}

/** After cancelling (the form posted without JavaScript). */
export function BookingCancelled({ label, variant }: { label: string; variant: BookingVariant }) {
  const x = bookingTexts[variant]
  return (
    <Page title={x.cancelledTitle} variant={variant}>
      <div className="ok" role="status">
        <p>{fill(x.cancelledText, { label })}</p>
      </div>
      <BackLink variant={variant} />
    </Page>
  )
}
