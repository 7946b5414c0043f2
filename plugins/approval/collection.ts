import type { CollectionConfig } from 'payload'
import { adminOrOwnDepartment } from '../../cms/access/index.ts'

/** Where a request for approval stands. */
export const approvalStates = [
  { label: 'Wartet auf Freigabe', value: 'waiting' },
  { label: 'Zurückgegeben', value: 'returned' },
  { label: 'Veröffentlicht', value: 'published' },
  { label: 'Zurückgezogen', value: 'withdrawn' },
] as const

export type ApprovalState = (typeof approvalStates)[number]['value']

/** The slug of the collection of approval requests. */
export const APPROVAL_REQUESTS = 'approval-requests'

/**
 * One request for approval of one document's draft: an editor submits it
 * with a comment ("Zur Freigabe einreichen"); a publisher of the document's
 * department publishes it or returns it with a comment. A document has at
 * most one open request (waiting or returned); a new submission of a
 * returned document reopens that request. Kept outside the documents so
 * that submitting or returning does not make a new version of the content.
 *
 * Nobody writes these through the API's create/update/delete: the
 * workflow's endpoints check the role and department and write with
 * overrideAccess. Staff read their departments' requests.
 */
export const ApprovalRequests: CollectionConfig = {
  slug: APPROVAL_REQUESTS,
  // Not "Freigaben": that is the queue view in the same navigation (paths.ts), where the work is done.
  labels: { singular: 'Freigabevorgang', plural: 'Freigabeverlauf' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'submittedBy', 'submittedAt', 'department'],
    group: 'Redaktion',
    description: 'Was zur Freigabe eingereicht wurde und wie darüber entschieden wurde.',
  },
  access: {
    read: adminOrOwnDepartment,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    {
      name: 'collectionSlug',
      label: 'Sammlung',
      type: 'text',
      required: true,
      index: true,
      admin: { hidden: true },
    },
    { name: 'documentId', label: 'Dokument', type: 'text', required: true, index: true, admin: { hidden: true } },
    {
      name: 'department',
      label: 'Dezernat',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
    },
    {
      name: 'state',
      label: 'Stand',
      type: 'select',
      required: true,
      index: true,
      options: approvalStates.map((s) => ({ ...s })),
    },
    {
      name: 'version',
      label: 'Eingereichte Fassung',
      type: 'text',
      admin: { hidden: true, description: 'Die Versionsnummer des eingereichten Entwurfs.' },
    },
    { name: 'comment', label: 'Kommentar der Einreichung', type: 'textarea' },
    { name: 'submittedBy', label: 'Eingereicht von', type: 'relationship', relationTo: 'users' },
    { name: 'submittedAt', label: 'Eingereicht am', type: 'date' },
    { name: 'decisionComment', label: 'Kommentar der Freigabe', type: 'textarea' },
    { name: 'decidedBy', label: 'Entschieden von', type: 'relationship', relationTo: 'users' },
    { name: 'decidedAt', label: 'Entschieden am', type: 'date' },
  ],
}
