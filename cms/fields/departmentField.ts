import type { FilterOptions, RelationshipField } from 'payload'
import { currentUser, departmentIds, isAdminUser } from '../access/roles.ts'

/**
 * Staff choose among their own departments only: another department's
 * document would be refused on saving (keepInOwnDepartment), so it is not
 * offered. Admins, and writes without a staff user (the public feedback and
 * booking forms), see all.
 */
const ownDepartments: FilterOptions = ({ req }) => {
  const user = currentUser(req)
  if (!user || isAdminUser(user)) return true
  return { id: { in: departmentIds(user) } }
}

/** The department (Dezernat) that owns a document; access rules hang on it. */
export function departmentField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'department',
    label: 'Dezernat',
    type: 'relationship',
    relationTo: 'departments',
    required: true,
    index: true,
    filterOptions: ownDepartments,
    admin: { position: 'sidebar' },
    ...overrides,
  } as RelationshipField
}
