import type { Access, Where } from 'payload'

import { canPublish, currentUser, departmentIds, isAdminUser } from './roles.ts'

const published: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true

export const isAdmin: Access = ({ req }) => isAdminUser(currentUser(req))

export const authenticated: Access = ({ req }) => currentUser(req) !== null

/** Published documents for everyone; admins see all. */
export const publishedOrAdmin: Access = ({ req }) => (isAdminUser(currentUser(req)) ? true : published)

/** Admins everything; staff the entries of their own departments; nobody else anything (records, not content). */
export const adminOrOwnDepartment: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (!user) return false
  return { department: { in: departmentIds(user) } }
}

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
 * Editors and publishers create. This answers "may this role create at all",
 * also what Payload asks without data (the admin, to decide whether to offer
 * "Neu erstellen"). Which department the new document belongs to is a
 * question of the data, not of the role: an access function that answered
 * it would refuse an unfinished document with Payload's bare "keine
 * Berechtigung" before validation could name the field. So the department
 * is left to the department field (required, cms/fields/departmentField.ts) and to
 * keepInOwnDepartment, which refuses another department's document in words
 * that say why (cms/hooks/editorialRules.ts).
 */
export const createInOwnDepartment: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  return user?.role === 'editor' || user?.role === 'publisher'
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
 * first publish and never cleared (plugins/publishing/firstPublished.ts).
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
