import type { Access, Where } from 'payload'

import { belongsTo, canPublish, currentUser, departmentIds, isAdminUser } from './roles.ts'

const published: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true

export const isAdmin: Access = ({ req }) => isAdminUser(currentUser(req))

export const authenticated: Access = ({ req }) => currentUser(req) !== null

/** Published documents for everyone; admins see all. */
export const publishedOrAdmin: Access = ({ req }) => (isAdminUser(currentUser(req)) ? true : published)

/** Published documents for everyone, plus every document of the user's own departments. */
export const publishedOrOwnDepartment: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (!user) return published
  return { or: [published, { department: { in: departmentIds(user) } }] }
}

/** Versions (drafts and history) of the user's own departments only. */
export const versionsOfOwnDepartment: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (!user) return false
  return { 'version.department': { in: departmentIds(user) } }
}

/**
 * Editors and publishers create in their own departments. Payload also asks
 * without a department: the admin with `{ _status: 'draft' }` to decide
 * whether to offer "Neu erstellen", a duplicate with the submitted data only.
 * That is the question "may this role create at all"; the department of the
 * new document (given or copied) is checked by keepInOwnDepartment before it
 * is written.
 */
export const createInOwnDepartment: Access = ({ req, data }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (user?.role !== 'editor' && user?.role !== 'publisher') return false
  if (data?.department == null) return true
  return belongsTo(user, data.department)
}

/**
 * A write that would publish (`_status: 'published'`) is a publisher's right.
 * Payload asks this with the submitted data on every update, with the status a
 * restored version would get, and with `{ _status: 'published' }` to decide
 * whether the admin offers "Veröffentlichen" and scheduled publishing.
 */
const publishesWithoutRight = (user: ReturnType<typeof currentUser>, data: unknown): boolean =>
  !canPublish(user) && (data as { _status?: unknown } | undefined)?._status === 'published'

/** Editors and publishers edit documents of their own departments; only publishers publish. */
export const updateOwnDepartment: Access = ({ req, data }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (user?.role !== 'editor' && user?.role !== 'publisher') return false
  if (publishesWithoutRight(user, data)) return false
  return { department: { in: departmentIds(user) } }
}

/** As updateOwnDepartment, and ls-reviewers too (they record reviews; a hook limits them to that). */
export const updateOwnDepartmentOrReview: Access = ({ req, data }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (!user || user.role === undefined || user.role === null) return false
  if (publishesWithoutRight(user, data)) return false
  return { department: { in: departmentIds(user) } }
}

/**
 * Publishers delete their departments' documents. Editors delete only drafts
 * that were never published: a document that was once live has a public
 * history (and may be linked from elsewhere), so removing it is a publisher's
 * decision even after it was unpublished. `firstPublishedAt` is set by the
 * first publish and never cleared (cms/fields/firstPublished.ts).
 */
export const deleteOwnDepartment: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  const own: Where = { department: { in: departmentIds(user) } }
  if (user?.role === 'publisher') return own
  if (user?.role === 'editor')
    return { and: [own, { _status: { equals: 'draft' } }, { firstPublishedAt: { exists: false } }] }
  return false
}

/** Department-owned collections without drafts (media): same as above without the status condition. */
export const deleteOwnDepartmentNoDrafts: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (user?.role === 'publisher' || user?.role === 'editor') return { department: { in: departmentIds(user) } }
  return false
}

/** Admins see everyone; other users only themselves. */
export const adminOrSelf: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (!user) return false
  return { id: { equals: user.id } }
}
