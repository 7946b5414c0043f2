import type { Access, CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig, Where } from 'payload'
import { adminOrSelf, isAdmin } from '../access/index.ts'
import { currentUser, departmentIds, isAdminUser, roleOptions } from '../access/roles.ts'
import { forgotPasswordEndpoint, guardAccounts } from '../lib/auth.ts'
import { forbidden } from '../lib/errors.ts'
import { cmsUrl } from '../lib/publicEndpoint.ts'

const sameIds = (a: unknown, b: unknown) => {
  const ids = (v: unknown) =>
    (Array.isArray(v) ? v : [])
      .map((d) => String(typeof d === 'object' && d !== null ? (d as { id: unknown }).id : d))
      .sort()
      .join(',')
  return ids(a) === ids(b)
}

/** Only admins change roles and departments, their own included. */
const protectRoleAndDepartments: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const user = currentUser(req)
  if (!user || isAdminUser(user) || operation === 'create') return data
  const roleChanged = data.role !== undefined && data.role !== originalDoc?.role
  const departmentsChanged = data.departments !== undefined && !sameIds(data.departments, originalDoc?.departments)
  if (roleChanged || departmentsChanged) {
    throw forbidden('Rolle und Dezernate kann nur die Administration ändern.')
  }
  return data
}

/**
 * Who may see an account: admins every one; everyone else themself, the
 * colleagues of their departments and the admins. So the admin can name the
 * person who has a document open ("Dokument wird bearbeitet von …", Payload's
 * lock dialog reads the lock's user with the reader's access) instead of
 * "Benutzer: 2", and names nobody outside the reader's departments.
 */
const selfColleaguesAndAdmins: Access = ({ req }) => {
  const user = currentUser(req)
  if (isAdminUser(user)) return true
  if (!user) return false
  const departments = departmentIds(user)
  const or: Where[] = [{ id: { equals: user.id } }, { role: { equals: 'admin' } }]
  if (departments.length) or.push({ departments: { in: departments } })
  return { or }
}

/** The very first user (created on the admin's "create first user" page) becomes an admin. */
const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  // Only the admin's "create first user" page (an anonymous HTTP request); seeds and tests set roles themselves.
  if (operation !== 'create' || !data || req.user || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Benutzer', plural: 'Benutzer' },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // The session cookie is Secure whenever the CMS is reached over https (CMS_URL).
    cookies: { secure: cmsUrl().startsWith('https://'), sameSite: 'Lax' },
    // Payload's own interval between two reset mails of an account writes outside the operation's
    // transaction while that transaction holds SQLite's single write lock: the save waited for itself.
    // The interval is kept by the endpoint instead (cms/lib/auth.ts, one mail per account and 15 s).
    forgotPassword: { minRequestInterval: 0 },
  },
  // Answers "Passwort vergessen" at once and the same for every address (cms/lib/auth.ts).
  endpoints: [forgotPasswordEndpoint],
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'departments'], group: 'Organisation' },
  access: { read: selfColleaguesAndAdmins, create: isAdmin, update: adminOrSelf, delete: isAdmin },
  hooks: {
    // Password policy, current password, login throttling and uniform timing (cms/lib/auth.ts).
    beforeOperation: [guardAccounts],
    beforeValidate: [firstUserIsAdmin],
    beforeChange: [protectRoleAndDepartments],
  },
  fields: [
    { name: 'name', label: 'Name', type: 'text', required: true },
    {
      // Checked against the stored password when a user changes their own (cms/lib/auth.ts); never stored.
      name: 'currentPassword',
      label: 'Aktuelles Passwort',
      type: 'text',
      virtual: true,
      hooks: { afterRead: [() => undefined] },
      admin: {
        description: 'Nur nötig, wenn Sie Ihr eigenes Passwort ändern.',
        disableListColumn: true,
        disableListFilter: true,
        disableBulkEdit: true,
        condition: (data, _sibling, { user }) => Boolean(user && data?.id && String(user.id) === String(data.id)),
        components: { Field: '/cms/components/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    {
      name: 'role',
      label: 'Rolle',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: roleOptions,
      saveToJWT: true,
    },
    {
      name: 'departments',
      label: 'Dezernate',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      saveToJWT: true,
      // Required for every role but the administration: the label shows the mark while such a role is chosen.
      admin: {
        description: 'Pflichtfeld für alle Rollen außer der Administration.',
        components: { Label: '/cms/components/admin/DepartmentsLabel#DepartmentsLabel' },
      },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData?.role !== 'admin' && (!Array.isArray(value) || value.length === 0)
          ? 'Bitte ordnen Sie mindestens ein Dezernat zu.'
          : true,
    },
  ],
}
