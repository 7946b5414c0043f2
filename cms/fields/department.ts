import type { RelationshipField } from 'payload'

/** The department (Dezernat) that owns a document; access rules hang on it. */
export function departmentField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'department',
    label: 'Dezernat',
    type: 'relationship',
    relationTo: 'departments',
    required: true,
    index: true,
    admin: { position: 'sidebar' },
    ...overrides,
  } as RelationshipField
}
