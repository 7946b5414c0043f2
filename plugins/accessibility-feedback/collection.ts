import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { adminOrOwnDepartment, isAdmin } from '../../cms/access/index.ts'
import { currentUser, isAdminUser } from '../../cms/access/roles.ts'
import { feedbackEndpoints } from './endpoints.ts'
import { departmentField } from '../../cms/fields/departmentField.ts'

/** What the citizen sent stays as sent: departments change only the status and their note. */
const keepCitizenInput: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const user = currentUser(req)
  // Without a user it is the system (retention job, endpoint), which may change anything.
  if (operation !== 'update' || !originalDoc || !user || isAdminUser(user)) return data
  return { ...originalDoc, status: data.status ?? originalDoc.status, internalNote: data.internalNote }
}

/**
 * Feedback on barriers ("Barriere melden", BITV 2.0 §7). Created only by the
 * public endpoint (POST /api/feedback); read and answered by admins and the
 * department that owns the page. Contact data is removed by the retention job.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Barriere-Meldung', plural: 'Barriere-Meldungen' },
  admin: {
    useAsTitle: 'problem',
    defaultColumns: ['problem', 'pageUrl', 'status', 'deadline', 'department'],
    group: 'Rückmeldungen',
    description: 'Meldungen zu Barrieren auf der Website. Antworten Sie innerhalb eines Monats (BITV 2.0 § 7).',
    listSearchableFields: ['problem', 'pageUrl'],
  },
  defaultSort: 'deadline',
  access: {
    create: () => false,
    read: adminOrOwnDepartment,
    update: adminOrOwnDepartment,
    delete: isAdmin,
  },
  endpoints: feedbackEndpoints,
  hooks: { beforeChange: [keepCitizenInput] },
  fields: [
    { name: 'problem', label: 'Beschriebene Barriere', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'pageUrl', label: 'Seite', type: 'text', required: true, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'name', label: 'Name', type: 'text', admin: { readOnly: true } },
        { name: 'email', label: 'E-Mail', type: 'text', admin: { readOnly: true } },
      ],
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'neu',
      index: true,
      options: [
        { label: 'Neu', value: 'neu' },
        { label: 'In Bearbeitung', value: 'in-bearbeitung' },
        { label: 'Beantwortet', value: 'beantwortet' },
        { label: 'Erledigt', value: 'erledigt' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'receivedAt',
      label: 'Eingegangen am',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'deadline',
      label: 'Antwort fällig bis',
      type: 'date',
      required: true,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Ein Monat nach Eingang.',
        components: { Cell: '/plugins/accessibility-feedback/admin/DeadlineCell#FeedbackDeadlineCell' },
      },
    },
    { name: 'internalNote', label: 'Interne Notiz', type: 'textarea' },
    departmentField({
      required: false,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Das Dezernat der gemeldeten Seite; ohne Dezernat sehen die Meldung nur Administratoren.',
      },
    }),
  ],
}
