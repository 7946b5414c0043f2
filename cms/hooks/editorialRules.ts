import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { belongsTo, canPublish, currentUser, isAdminUser } from '../access/roles.ts'
import { forbidden } from '../lib/errors.ts'

/**
 * Publishing is a right of publishers and admins. Every save by anyone else is
 * turned into a draft save, so it can never replace or unpublish the live
 * version; an explicit attempt to publish is refused with a clear message.
 * Calls that override access (seeding, imports, system jobs) are not affected.
 */
export const onlyPublishersPublish: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (args.overrideAccess === true) return args
  const user = currentUser(req)
  if (!user || canPublish(user)) return args
  const status = (args.data as { _status?: unknown } | undefined)?._status
  if (status === 'published') {
    throw forbidden(
      'Sie dürfen Inhalte nicht veröffentlichen. Speichern Sie Ihre Änderung als Entwurf; eine Person mit Veröffentlichungsrecht kann sie freigeben.',
    )
  }
  if (operation === 'update') args.draft = true
  return args
}

/** Nobody but an admin moves a document into a department they do not belong to. */
export const keepInOwnDepartment: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  const user = currentUser(req)
  if (!user || isAdminUser(user)) return data
  const department = data.department ?? originalDoc?.department
  if (department !== undefined && !belongsTo(user, department)) {
    throw forbidden('Sie können Inhalte nur in Ihrem eigenen Dezernat anlegen oder dorthin verschieben.')
  }
  return data
}
