import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'
import type { BeforeListServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { departmentIds, isAdminUser, type RoleUser } from '../../../cms/access/roles.ts'
import { allDepartmentsQuery, isBareListQuery, isOwnDepartmentsFilter, ownDepartmentsQuery } from '../listScope.ts'

/**
 * Above an editorial list (collection admin.components.beforeList): opened
 * from the navigation, the list shows the user's departments (a redirect to
 * the list with Payload's own department filter, see listScope.ts for why);
 * a notice says what is shown and links to the other choice: plain links, a
 * full page load, because Payload's list keeps its filter in client state and
 * would write the old filter back into the URL of a client-side navigation
 * that drops it. Admins, users without a department and list drawers are left
 * alone.
 */
export async function DepartmentScope({ collectionConfig, payload, searchParams, user }: BeforeListServerProps) {
  const staff = user as RoleUser | null | undefined
  const departments = staff ? departmentIds(staff) : []
  if (!staff || isAdminUser(staff) || departments.length === 0 || searchParams === undefined) return null
  const list = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `/collections/${collectionConfig.slug}`,
    serverURL: undefined,
    relative: true,
  })
  const own = `${list}?${ownDepartmentsQuery(departments)}`
  if (isBareListQuery(searchParams)) redirect(own)
  const { docs } = await payload.find({
    collection: 'departments',
    where: { id: { in: departments } },
    depth: 0,
    pagination: false,
    select: { name: true },
    sort: 'name',
    user: staff,
    overrideAccess: false,
  })
  const names = docs
    .map((d) => (d as { name?: string }).name)
    .filter(Boolean)
    .join(', ')
  const onlyOwn = isOwnDepartmentsFilter(searchParams as Record<string, string | string[] | undefined>, departments)
  return (
    // Payload renders beforeList outside the list's gutter.
    <Gutter>
      <div className="lotse-department-scope" role="note" aria-label="Dezernate">
        {onlyOwn ? (
          <>
            <span>
              Sie sehen die Einträge {departments.length === 1 ? 'Ihres Dezernats' : 'Ihrer Dezernate'}
              {names ? ` (${names})` : ''}.
            </span>{' '}
            <a href={`${list}?${allDepartmentsQuery}`}>Alle Dezernate anzeigen</a>
          </>
        ) : (
          <>
            <span>
              {Object.keys(searchParams).some((key) => key.startsWith('where'))
                ? 'Die Liste zeigt die Einträge Ihres Filters.'
                : 'Sie sehen die Einträge aller Dezernate, soweit Sie sie lesen dürfen.'}
            </span>{' '}
            <a href={own}>Nur {departments.length === 1 ? 'mein Dezernat' : 'meine Dezernate'} anzeigen</a>
          </>
        )}
      </div>
    </Gutter>
  )
}
