import React from 'react'
import type { BookingVariant } from '../texts.ts'
import { BackLink, Page } from './Page.tsx'

/** A page with one message and the way back to the site: errors, a booking not found, no online booking. */
export function Message({ title, message, variant }: { title: string; message: string; variant: BookingVariant }) {
  return (
    <Page title={title} variant={variant}>
      <p>{message}</p>
      <BackLink variant={variant} />
    </Page>
  )
}
