import type { CollectionConfig, FieldHook } from 'payload'
import { adminOrOwnDepartment, authenticated } from '../../cms/access/index.ts'
import { releasesEndpoints } from './endpoints.ts'
import { stepName } from './releaseNames.ts'
import { releaseTitle } from './releaseTitle.ts'
import type { Release } from '../../cms/payload-types.ts'

const rowLabel = (name: string) => ({ RowLabel: `/plugins/publishing/admin/ReleasesRowLabel#${name}` })
const countCell = { Cell: '/plugins/publishing/admin/ReleasesCountCell#ReleasesCountCell' }

/**
 * The record's German title from its trigger and changed documents (releaseTitle.ts), read in `req`'s
 * transaction (a publish's document may be new). Kept while those stay as they were (a build's step updates).
 */
const titleHook: FieldHook = async ({ data, originalDoc, req, value }) => {
  const before = (originalDoc ?? {}) as Partial<Release>
  const record = { ...before, ...(data ?? {}) } as Partial<Release>
  const same = (key: 'trigger' | 'changedDocs' | 'releaseId') =>
    JSON.stringify(record[key] ?? null) === JSON.stringify(before[key] ?? null)
  const current = value || before.title
  if (current && originalDoc && same('trigger') && same('changedDocs') && same('releaseId')) return current
  return releaseTitle(
    req.payload,
    { trigger: record.trigger, releaseId: record.releaseId, changedDocs: record.changedDocs },
    undefined,
    req,
  )
}

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
    // The German `title` ("„Beratung“ (Leistung) veröffentlicht", "Zurückgesetzt auf den Stand vom …"), not the
    // raw trigger or the release id.
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'startedAt', 'finishedAt', 'pages'],
  },
  defaultSort: '-createdAt',
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  endpoints: releasesEndpoints,
  fields: [
    {
      // Derived from `trigger` and `changedDocs` when the pipeline writes the record (older records: when read).
      name: 'title',
      label: 'Anlass',
      type: 'text',
      admin: { readOnly: true },
      hooks: {
        beforeChange: [titleHook],
        afterRead: [({ value, data, req }) => value || (data ? titleHook({ data, req, value } as never) : value)],
      },
    },
    {
      // The folder below $LOTSE_DATA_DIR/releases/; staff read its time (releaseNames.ts) in "Veröffentlichungen".
      name: 'releaseId',
      label: 'Kennung (technisch)',
      type: 'text',
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: releaseStatuses.map((s) => ({ ...s })),
    },
    // What asked for the build, as the pipeline matches it ("services/6 veröffentlicht", "Rollback von <id>");
    // staff read `title`.
    { name: 'trigger', label: 'Anlass (technisch)', type: 'text', admin: { hidden: true } },
    { name: 'triggeredBy', label: 'Ausgelöst von', type: 'relationship', relationTo: 'users' },
    { name: 'startedAt', label: 'Begonnen', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', label: 'Beendet', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      // The step a running build is in (plugins/publishing/build.ts), for "Stand auf der Website".
      name: 'step',
      label: 'Laufender Schritt (technisch)',
      type: 'text',
      admin: { hidden: true },
    },
    {
      name: 'stepName',
      label: 'Laufender Schritt',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, condition: (data) => data?.status === 'building' },
      hooks: { afterRead: [({ siblingData }) => stepName((siblingData as { step?: string } | undefined)?.step)] },
    },
    {
      name: 'steps',
      label: 'Schritte',
      labels: { singular: 'Schritt', plural: 'Schritte' },
      type: 'array',
      admin: { components: rowLabel('ReleaseStepRowLabel') },
      fields: [
        // The step's key (build.ts); the row label names it in German.
        { name: 'step', label: 'Schritt', type: 'text', admin: { hidden: true } },
        { name: 'ms', label: 'Dauer (ms)', type: 'number' },
        { name: 'ok', label: 'Erfolgreich', type: 'checkbox' },
      ],
    },
    { name: 'pages', label: 'Seiten', type: 'number', admin: { components: countCell } },
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
      labels: { singular: 'Warnung', plural: 'Warnungen' },
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
      labels: { singular: 'Geänderter Inhalt', plural: 'Geänderte Inhalte' },
      type: 'array',
      // The row label names the document by title and German collection name; slug and id stay for the pipeline.
      admin: { components: rowLabel('ReleaseChangeRowLabel') },
      fields: [
        { name: 'collection', label: 'Sammlung', type: 'text', admin: { hidden: true } },
        { name: 'docId', label: 'ID', type: 'text', admin: { hidden: true } },
        { name: 'change', label: 'Änderung', type: 'text' },
      ],
    },
    {
      // Changes the checks refused (plugins/publishing/refusal.ts): the documents stayed at their live version.
      name: 'refusedDocs',
      label: 'Abgelehnte Änderungen',
      labels: { singular: 'Abgelehnte Änderung', plural: 'Abgelehnte Änderungen' },
      type: 'array',
      admin: { components: rowLabel('ReleaseRefusedRowLabel') },
      fields: [
        { name: 'collection', label: 'Sammlung', type: 'text', admin: { hidden: true } },
        { name: 'docId', label: 'ID', type: 'text', admin: { hidden: true } },
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
