import type { CollectionConfig } from 'payload'
import { adminOrOwnDepartment, authenticated } from '../../cms/access/index.ts'
import { releasesEndpoints } from './endpoints.ts'

const nobody = () => false

export const releaseStatuses = [
  { label: 'Angefordert', value: 'queued' },
  { label: 'Zusammengefasst', value: 'merged' },
  { label: 'Wird erstellt', value: 'building' },
  { label: 'Live', value: 'live' },
  { label: 'Fehlgeschlagen', value: 'failed' },
  { label: 'Abgelöst', value: 'superseded' },
  { label: 'Zurückgenommen', value: 'rolled-back' },
] as const

/**
 * One record per request to publish and per build of the public site. Only
 * the publish pipeline writes them (with overrideAccess); every logged-in user
 * reads them.
 */
export const Releases: CollectionConfig = {
  slug: 'releases',
  labels: { singular: 'Veröffentlichung', plural: 'Veröffentlichungen' },
  admin: {
    // The nav links to the view "Veröffentlichungen" (plugins/publishing/admin/ReleasesView.tsx) instead;
    // this list and the single records stay reachable from there.
    group: false,
    useAsTitle: 'trigger',
    defaultColumns: ['trigger', 'status', 'releaseId', 'startedAt', 'finishedAt', 'pages'],
  },
  defaultSort: '-createdAt',
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  endpoints: releasesEndpoints,
  fields: [
    { name: 'releaseId', label: 'Release', type: 'text', index: true },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: releaseStatuses.map((s) => ({ ...s })),
    },
    { name: 'trigger', label: 'Anlass', type: 'text' },
    { name: 'triggeredBy', label: 'Ausgelöst von', type: 'relationship', relationTo: 'users' },
    { name: 'startedAt', label: 'Begonnen', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', label: 'Beendet', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      // The step a running build is in (plugins/publishing/build.ts), for "Stand auf der Website".
      name: 'step',
      label: 'Laufender Schritt',
      type: 'text',
      admin: { readOnly: true, condition: (data) => data?.status === 'building' },
    },
    {
      name: 'steps',
      label: 'Schritte',
      type: 'array',
      fields: [
        { name: 'step', label: 'Schritt', type: 'text' },
        { name: 'ms', label: 'Dauer (ms)', type: 'number' },
        { name: 'ok', label: 'Erfolgreich', type: 'checkbox' },
      ],
    },
    { name: 'pages', label: 'Seiten', type: 'number' },
    {
      name: 'pagesCopied',
      label: 'Unverändert übernommene Seiten',
      type: 'number',
      admin: {
        description:
          'Seiten, die sich seit der vorigen Veröffentlichung nicht geändert haben und deshalb nicht neu erstellt wurden.',
      },
    },
    { name: 'pagesChanged', label: 'Geänderte Seiten', type: 'number' },
    { name: 'pagesChecked', label: 'Geprüfte Seiten (Barrierefreiheit)', type: 'number' },
    { name: 'error', label: 'Fehler', type: 'textarea' },
    {
      name: 'warnings',
      label: 'Warnungen',
      type: 'array',
      fields: [{ name: 'message', label: 'Warnung', type: 'textarea' }],
    },
    // What the accessibility gate and the link check found, per page:
    // [{ page: '/leistungen/x/', issues: [{ code, message, selector, type, runner }] }]
    // Shown as a list in "Veröffentlichungen" (ReleasesView); hidden here, where Payload's JSON editor would
    // load its editor (Monaco) from a CDN that the admin's Content-Security-Policy refuses.
    { name: 'findings', label: 'Befunde', type: 'json', admin: { hidden: true } },
    {
      name: 'changedDocs',
      label: 'Geänderte Inhalte',
      type: 'array',
      fields: [
        { name: 'collection', label: 'Sammlung', type: 'text' },
        { name: 'docId', label: 'ID', type: 'text' },
        { name: 'change', label: 'Änderung', type: 'text' },
      ],
    },
    {
      // Changes the checks refused (plugins/publishing/refusal.ts): the documents stayed at their live version.
      name: 'refusedDocs',
      label: 'Abgelehnte Änderungen',
      type: 'array',
      fields: [
        { name: 'collection', label: 'Sammlung', type: 'text' },
        { name: 'docId', label: 'ID', type: 'text' },
      ],
    },
  ],
}

/**
 * A publish the checks refused: the document was put back to the version the
 * site shows, the refused content kept as its newest draft. Shown in the
 * document's "Stand auf der Website" until it is published again. Written by
 * the pipeline only; read by the staff of the document's department.
 */
export const PublishRefusals: CollectionConfig = {
  slug: 'publish-refusals',
  labels: { singular: 'Abgelehnte Veröffentlichung', plural: 'Abgelehnte Veröffentlichungen' },
  admin: { hidden: true },
  defaultSort: '-createdAt',
  access: {
    read: adminOrOwnDepartment,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'docCollection', label: 'Sammlung', type: 'text', required: true, index: true },
    { name: 'docId', label: 'ID', type: 'text', required: true, index: true },
    { name: 'department', label: 'Fachbereich', type: 'relationship', relationTo: 'departments', index: true },
    { name: 'release', label: 'Veröffentlichung', type: 'relationship', relationTo: 'releases' },
    {
      // The newest request for the document the refusal answers: a later publish is a new attempt.
      name: 'requestedAt',
      label: 'Angefordert',
      type: 'date',
      required: true,
    },
    { name: 'message', label: 'Meldung', type: 'textarea' },
    // [{ page, field, text, instruction, detail }] (plugins/publishing/explain.ts)
    { name: 'findings', label: 'Befunde', type: 'json', admin: { hidden: true } },
  ],
}

/**
 * The lock that keeps builds apart, also across several CMS processes on one
 * database: a row with a unique name, created to take the lock and deleted to
 * release it; `expiresAt` is the lease, renewed while a build runs, so that a
 * crashed process's lock runs out.
 */
export const PipelineLocks: CollectionConfig = {
  slug: 'pipeline-locks',
  labels: { singular: 'Sperre', plural: 'Sperren' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'owner', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true },
  ],
}
