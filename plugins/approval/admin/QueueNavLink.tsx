import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { AdminNavLink } from '../../../cms/components/admin/NavLink.tsx'
import { currentUser } from '../../../cms/access/roles.ts'
import { queuePath, queueTitle } from '../paths.ts'
import { queueCount } from '../queue.ts'

/**
 * The nav link to the queue, with the number of waiting requests in the
 * user's departments (publishers, admins) or of the user's returned ones
 * (editors). The navigation is rendered on the server with every page.
 */
export async function QueueNavLink({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const roleUser = user ? currentUser({ user } as never) : null
  if (!roleUser || roleUser.role === 'ls-reviewer') return null
  const count = await queueCount(payload, roleUser)
  return (
    <AdminNavLink path={queuePath} label={count ? `${queueTitle} (${count})` : queueTitle} id="nav-lotse-approval" />
  )
}
