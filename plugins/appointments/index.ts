/**
 * Appointments: citizens book a free slot of a service, a location or a
 * contact person online and cancel it with their own link; the department
 * sees the bookings in the admin. README.md beside this file.
 */
import type { Plugin } from 'payload'
import { withPersonalDataPurge } from '../../cms/lib/retentionTask.ts'
import { bookingRetentionDays, purgeBookingPersonalData } from './bookings.ts'
import { Availability } from './collections/Availability.ts'
import { Bookings } from './collections/Bookings.ts'
import { slotEndpoints } from './endpoints.ts'

export interface AppointmentsOptions {
  /**
   * Days after an appointment when the booking's name, e-mail, phone and note
   * are deleted. Default: LOTSE_BOOKING_RETENTION_DAYS, else 30 (read at each
   * nightly run).
   */
  retentionDays?: number
}

/**
 * Adds the collections Availability ("Terminangebote") and Bookings
 * ("Terminbuchungen") with the booking endpoints, the slot list under
 * /api/slots and the bookings' share of the nightly `purgePersonalData` task.
 */
export const appointments =
  (options: AppointmentsOptions = {}): Plugin =>
  (config) => ({
    ...config,
    // German dates and request limits come from payload.config's everyCollection, which runs after the features.
    collections: [...(config.collections ?? []), Availability, Bookings],
    endpoints: [...(config.endpoints ?? []), ...slotEndpoints],
    jobs: withPersonalDataPurge(config.jobs, {
      what: 'bookings',
      purge: (payload) =>
        purgeBookingPersonalData(payload, { retentionDays: options.retentionDays ?? bookingRetentionDays() }),
    }),
  })

// For the browser tests, which render the states the demo data cannot show.
export type { BookingContext, PublicSlot } from './context.ts'
export {
  renderBookingForm,
  renderCancelled,
  renderCancelPage,
  renderConfirmation,
  renderMessage,
} from './pages/render.tsx'
