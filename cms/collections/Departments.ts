import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../access/index.ts'
import { emailField, phoneField } from '../fields/contact.ts'
import { slugField } from '../fields/slug.ts'

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: 'Dezernat', plural: 'Dezernate' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Organisation' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', label: 'Name', type: 'text', required: true },
    { name: 'shortName', label: 'Kurzname', type: 'text' },
    slugField(),
    { name: 'description', label: 'Beschreibung', type: 'textarea' },
    emailField(),
    phoneField(),
  ],
}
