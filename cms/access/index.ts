import type { Access, Where } from 'payload'

import { currentUser, departmentIds, belongsTo, isAdminUser } from './roles.ts'

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

/** Editors and publishers create in their own departments. */
export const createInOwnDepartment: Access = ({ req, data }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (user?.role !== 'editor' && user?.role !== 'publisher') return false
  // Without data Payload asks whether the user may create at all (admin UI).
  return data ? belongsTo(user, data.department) : true
}

/** Editors and publishers edit documents of their own departments. */
export const updateOwnDepartment: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (user?.role !== 'editor' && user?.role !== 'publisher') return false
  return { department: { in: departmentIds(user) } }
}

/** As updateOwnDepartment, and ls-reviewers too (they record reviews; a hook limits them to that). */
export const updateOwnDepartmentOrReview: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (!user || user.role === undefined || user.role === null) return false
  return { department: { in: departmentIds(user) } }
}

/** Publishers delete their departments' documents; editors only drafts that were never published. */
export const deleteOwnDepartment: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  const own: Where = { department: { in: departmentIds(user) } }
  if (user?.role === 'publisher') return own
  if (user?.role === 'editor') return { and: [own, { _status: { equals: 'draft' } }] }
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
