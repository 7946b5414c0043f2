/**
 * The contact data of a report (name, e-mail) is kept as long as it may be
 * needed for the answer, then deleted by the nightly retention task; the
 * report itself stays.
 */
import type { Payload } from 'payload'
import { settings } from '../../config.ts'

/** Days after receipt when a feedback's contact data is deleted (LOTSE_FEEDBACK_RETENTION_DAYS, default 180). */
export function feedbackRetentionDays(): number {
  return settings.LOTSE_FEEDBACK_RETENTION_DAYS
}

/** Deletes name and e-mail of reports received more than `retentionDays` ago; returns how many were cleared. */
export async function purgeFeedbackContactData(
  payload: Payload,
  { retentionDays = feedbackRetentionDays(), now = new Date() }: { retentionDays?: number; now?: Date } = {},
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000).toISOString()
  const old = await payload.find({
    collection: 'feedback',
    where: { receivedAt: { less_than: before } },
    select: { name: true, email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const withContact = old.docs.filter((f) => f.name || f.email).map((f) => f.id)
  if (withContact.length > 0)
    await payload.update({
      collection: 'feedback',
      where: { id: { in: withContact } },
      data: { name: null, email: null },
      overrideAccess: true,
      depth: 0,
    })
  return withContact.length
}
