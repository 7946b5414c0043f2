import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { canPublish, currentUser, departmentIds, isAdminUser, type RoleUser } from '../../cms/access/roles.ts'
import { APPROVAL_REQUESTS, queuePath } from '../approval/index.ts'
import { findStaleTexts, formatReviewDate, staleTextsPath } from '../easy-language/index.ts'
import { formatDateTime, loadReleasesOverview, releaseStatusOf, releasesPath } from '../publishing/index.ts'

/** How many entries a section lists; its heading counts all. */
export const SECTION_LIMIT = 10

export interface DashboardItem {
  /** The document's title. */
  title: string
  href: string
  /** One German line: what kind of document, since when, by whom. */
  meta: string
  /** A comment or reason to show beneath, if any. */
  note?: string
}

export interface DashboardSection {
  id: 'drafts' | 'returned' | 'waiting' | 'refused' | 'stale' | 'site'
  title: string
  /** All entries, also those beyond SECTION_LIMIT (site: none). */
  count: number | null
  items: DashboardItem[]
  /** Sentences instead of items (the site's status). */
  lines?: string[]
  /** What an empty list says. */
  empty: string
  /** The view that shows all. */
  link?: { href: string; label: string }
}

export interface DashboardOptions {
  /** The editorial collections (with drafts and a department) whose drafts the dashboard lists. */
  collections: CollectionSlug[]
}

type Ref = number | string | { id: number | string; name?: string | null; email?: string | null } | null | undefined
const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref)
const time = (value: unknown) => (typeof value === 'string' ? new Date(value).getTime() : 0)

function pluralLabel(payload: Payload, slug: string): string {
  const labels = payload.collections[slug as CollectionSlug]?.config.labels
  return typeof labels?.plural === 'string' ? labels.plural : slug
}

function singularLabel(payload: Payload, slug: string): string {
  const labels = payload.collections[slug as CollectionSlug]?.config.labels
  return typeof labels?.singular === 'string' ? labels.singular : slug
}

function titleOf(payload: Payload, slug: string, doc: Record<string, unknown> | undefined, id: Ref): string {
  const field = payload.collections[slug as CollectionSlug]?.config.admin.useAsTitle ?? 'id'
  const value = doc?.[field]
  return typeof value === 'string' && value.trim() ? value : `${singularLabel(payload, slug)} ohne Titel`
}

/** Section links and document links below the admin route. */
function adminHref(payload: Payload, path: `/${string}`): string {
  return formatAdminURL({ adminRoute: payload.config.routes.admin, path, serverURL: undefined, relative: true })
}

const documentHref = (payload: Payload, slug: string, id: Ref) =>
  adminHref(payload, `/collections/${slug}/${encodeURIComponent(String(idOf(id)))}`)

/** Names of colleagues (users read only themselves), as the releases view shows who did what. */
async function namesOf(payload: Payload, refs: Ref[]): Promise<Map<string, string>> {
  const ids = [...new Set(refs.map(idOf).filter((id) => id !== null && id !== undefined))]
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { id: { in: ids } },
    select: { name: true, email: true },
  })
  return new Map(docs.map((u) => [String(u.id), u.name || u.email]))
}

/**
 * "Entwürfe in Ihren Dezernaten": documents whose newest version is a draft
 * (never published, or changed since the published version), read with the
 * user's rights to versions (their departments). Payload does not record who
 * saved a version, so these are the departments' drafts, not the user's own.
 */
async function drafts(payload: Payload, user: RoleUser, options: DashboardOptions): Promise<DashboardSection> {
  const departments = departmentIds(user)
  const where: Where = {
    and: [
      { latest: { equals: true } },
      { 'version._status': { equals: 'draft' } },
      ...(departments.length ? [{ 'version.department': { in: departments } }] : []),
    ],
  }
  const found: { slug: string; parent: Ref; version: Record<string, unknown>; updatedAt: string }[] = []
  let count = 0
  for (const slug of options.collections) {
    const collection = payload.collections[slug]?.config
    if (!collection?.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) continue
    const result = await payload.findVersions({
      collection: slug,
      where,
      sort: '-updatedAt',
      limit: SECTION_LIMIT,
      depth: 0,
      user,
      overrideAccess: false,
    })
    count += result.totalDocs
    for (const doc of result.docs)
      found.push({
        slug,
        parent: doc.parent as Ref,
        version: doc.version as unknown as Record<string, unknown>,
        updatedAt: doc.updatedAt,
      })
  }
  const newest = found.sort((a, b) => time(b.updatedAt) - time(a.updatedAt)).slice(0, SECTION_LIMIT)
  // Which of them have a published version: "changed" rather than "never published".
  const published = new Set<string>()
  for (const slug of new Set(newest.map((d) => d.slug))) {
    const parents = newest.filter((d) => d.slug === slug).map((d) => idOf(d.parent)!)
    const { docs } = await payload.findVersions({
      collection: slug as CollectionSlug,
      where: { and: [{ parent: { in: parents } }, { 'version._status': { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      select: { parent: true },
      overrideAccess: true,
    })
    for (const doc of docs) published.add(`${slug}:${idOf(doc.parent as Ref)}`)
  }
  return {
    id: 'drafts',
    title: 'Entwürfe in Ihren Dezernaten',
    count,
    items: newest.map((d) => ({
      title: titleOf(payload, d.slug, d.version, d.parent),
      href: documentHref(payload, d.slug, d.parent),
      meta:
        `${singularLabel(payload, d.slug)} · gespeichert am ${formatDateTime(d.updatedAt)} · ` +
        (published.has(`${d.slug}:${idOf(d.parent)}`)
          ? 'Änderungen an der veröffentlichten Fassung'
          : 'noch nicht veröffentlicht'),
    })),
    empty: 'In Ihren Dezernaten gibt es keine unveröffentlichten Entwürfe.',
  }
}

interface ApprovalRequest {
  id: number | string
  title: string
  collectionSlug: string
  documentId: string
  comment?: string | null
  submittedBy?: Ref
  submittedAt?: string | null
  decisionComment?: string | null
  decidedBy?: Ref
  decidedAt?: string | null
}

async function approvals(
  payload: Payload,
  user: RoleUser,
  where: Where,
): Promise<{ docs: ApprovalRequest[]; total: number; names: Map<string, string> }> {
  const result = await payload.find({
    collection: APPROVAL_REQUESTS,
    where,
    sort: '-submittedAt',
    limit: SECTION_LIMIT,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const docs = result.docs as unknown as ApprovalRequest[]
  const names = await namesOf(
    payload,
    docs.flatMap((d) => [d.submittedBy, d.decidedBy]),
  )
  return { docs, total: result.totalDocs, names }
}

const nameOf = (names: Map<string, string>, ref: Ref) => {
  const id = idOf(ref)
  return id === null || id === undefined ? null : (names.get(String(id)) ?? `Konto ${id}`)
}

/** Approval requests waiting: a publisher's (and admin's) queue of their departments, or an editor's own requests. */
async function waiting(payload: Payload, user: RoleUser): Promise<DashboardSection> {
  const publisher = canPublish(user)
  const { docs, total, names } = await approvals(payload, user, {
    and: [{ state: { equals: 'waiting' } }, ...(publisher ? [] : [{ submittedBy: { equals: user.id } }])],
  })
  return {
    id: 'waiting',
    title: publisher ? 'Wartet auf mich' : 'Wartet auf Freigabe',
    count: total,
    items: docs.map((d) => {
      const by = nameOf(names, d.submittedBy)
      return {
        title: d.title,
        href: documentHref(payload, d.collectionSlug, d.documentId),
        meta: [
          singularLabel(payload, d.collectionSlug),
          d.submittedAt ? `eingereicht am ${formatDateTime(d.submittedAt)}` : 'eingereicht',
          ...(publisher && by ? [`von ${by}`] : []),
        ].join(' · '),
        ...(d.comment ? { note: `Kommentar: ${d.comment}` } : {}),
      }
    }),
    empty: publisher
      ? 'Zurzeit wartet nichts in Ihren Dezernaten auf eine Freigabe.'
      : 'Sie haben zurzeit nichts zur Freigabe eingereicht.',
    link: { href: adminHref(payload, queuePath), label: 'Alle Freigaben ansehen' },
  }
}

/** An editor's requests that a publisher returned, with the publisher's comment. */
async function returned(payload: Payload, user: RoleUser): Promise<DashboardSection> {
  const { docs, total, names } = await approvals(payload, user, {
    and: [{ state: { equals: 'returned' } }, { submittedBy: { equals: user.id } }],
  })
  return {
    id: 'returned',
    title: 'An mich zurückgegeben',
    count: total,
    items: docs.map((d) => {
      const by = nameOf(names, d.decidedBy)
      return {
        title: d.title,
        href: documentHref(payload, d.collectionSlug, d.documentId),
        meta: [
          singularLabel(payload, d.collectionSlug),
          d.decidedAt ? `zurückgegeben am ${formatDateTime(d.decidedAt)}` : 'zurückgegeben',
          ...(by ? [`von ${by}`] : []),
        ].join(' · '),
        note: d.decisionComment ? `Rückmeldung: ${d.decisionComment}` : 'Ohne Kommentar zurückgegeben.',
      }
    }),
    empty: 'Es wurde Ihnen nichts zur Überarbeitung zurückgegeben.',
    link: { href: adminHref(payload, queuePath), label: 'Alle Freigaben ansehen' },
  }
}

interface Refusal {
  id: number | string
  docCollection: string
  docId: string
  createdAt: string
  message?: string | null
  findings?: unknown
}

/**
 * Publishes the checks refused (plugins/publishing/refusal.ts) in the user's
 * departments that still stand: the document's latest publish is the refused
 * one (a later successful publish answers it).
 */
async function refused(payload: Payload, user: RoleUser): Promise<DashboardSection> {
  const { docs } = await payload.find({
    collection: 'publish-refusals',
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const seen = new Set<string>()
  const standing: { refusal: Refusal; title: string }[] = []
  for (const refusal of docs as unknown as Refusal[]) {
    const key = `${refusal.docCollection}:${refusal.docId}`
    if (seen.has(key)) continue
    seen.add(key)
    const slug = refusal.docCollection as CollectionSlug
    if (!payload.collections[slug]) continue
    const status = await releaseStatusOf(payload, slug, refusal.docId)
    if (status.state !== 'refused') continue
    const doc = (await payload
      .findByID({
        collection: slug,
        id: refusal.docId,
        draft: true,
        depth: 0,
        user,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null)) as Record<string, unknown> | null
    if (!doc) continue
    standing.push({ refusal, title: titleOf(payload, slug, doc, refusal.docId) })
  }
  return {
    id: 'refused',
    title: 'Fehlgeschlagene Prüfungen',
    count: standing.length,
    items: standing.slice(0, SECTION_LIMIT).map(({ refusal, title }) => {
      const first = Array.isArray(refusal.findings)
        ? (refusal.findings as { text?: unknown }[]).map((f) => f?.text).find((t) => typeof t === 'string' && t)
        : undefined
      return {
        title,
        href: documentHref(payload, refusal.docCollection, refusal.docId),
        meta: `${singularLabel(payload, refusal.docCollection)} · abgelehnt am ${formatDateTime(refusal.createdAt)}`,
        note: [first, refusal.message].filter(Boolean).join(' ') || 'Die Prüfung hat die Veröffentlichung abgelehnt.',
      }
    }),
    empty: 'Keine Veröffentlichung aus Ihren Dezernaten wurde von der Prüfung abgelehnt.',
  }
}

/** Stale Leichte-Sprache texts (plugins/easy-language), as the view "Veraltete Texte in Leichter Sprache" lists them. */
async function stale(payload: Payload, user: RoleUser): Promise<DashboardSection> {
  const groups = await findStaleTexts(payload, user as Parameters<typeof findStaleTexts>[1])
  const texts = groups.flatMap((g) => g.texts.map((t) => ({ ...t, department: g.department.name })))
  return {
    id: 'stale',
    title: 'Veraltete Leichte-Sprache-Texte',
    count: texts.length,
    items: texts.slice(0, SECTION_LIMIT).map((t) => ({
      title: t.title,
      href: documentHref(payload, 'easy-language-texts', t.id),
      meta: [
        t.department,
        ...(t.service ? [`zur Leistung „${t.service}“`] : []),
        t.reviewedAt ? `zuletzt geprüft am ${formatReviewDate(t.reviewedAt)}` : 'noch nicht geprüft',
      ].join(' · '),
    })),
    empty: 'Alle Texte in Leichter Sprache passen zu ihrem Standardtext.',
    link: { href: adminHref(payload, staleTextsPath), label: 'Alle veralteten Texte ansehen' },
  }
}

/** The live release, a publish that waits or runs, and a failure since the live release (plugins/publishing). */
async function site(req: PayloadRequest): Promise<DashboardSection> {
  const overview = await loadReleasesOverview(req, 30)
  const records = overview.rows.map((r) => r.record)
  const live = overview.rows.find((r) => r.live)?.record
  const lines: string[] = []
  lines.push(
    live
      ? `Die Website zeigt den Stand vom ${formatDateTime(live.finishedAt ?? live.startedAt ?? live.createdAt)}.`
      : 'Die Website wurde noch nicht veröffentlicht.',
  )
  const building = records.find((r) => r.status === 'building')
  const queued = records.filter((r) => r.status === 'queued').sort((a, b) => time(a.createdAt) - time(b.createdAt))[0]
  if (building)
    lines.push(`Eine Veröffentlichung läuft seit ${formatDateTime(building.startedAt ?? building.createdAt)}.`)
  if (queued) lines.push(`Eine Veröffentlichung wartet seit ${formatDateTime(queued.createdAt)}.`)
  if (!building && !queued) lines.push('Zurzeit läuft keine Veröffentlichung.')
  const failed = records.find(
    (r) =>
      r.status === 'failed' && (!live || time(r.finishedAt ?? r.createdAt) > time(live.finishedAt ?? live.createdAt)),
  )
  if (failed)
    lines.push(
      `Die letzte Veröffentlichung am ${formatDateTime(failed.finishedAt ?? failed.createdAt)} ist fehlgeschlagen` +
        (failed.error ? `: ${failed.error}` : '.'),
    )
  return {
    id: 'site',
    title: 'Stand der Website',
    count: null,
    items: [],
    lines,
    empty: '',
    link: { href: adminHref(req.payload, releasesPath), label: 'Zu den Veröffentlichungen' },
  }
}

/**
 * The sections of the dashboard for `req.user`, each read with the user's
 * rights (overrideAccess: false), so no other department's content appears:
 * - editors: drafts, returned to them, their waiting requests, refused
 *   publishes, stale Leichte-Sprache texts, the site;
 * - publishers: drafts, waiting for them, refused, stale, the site;
 * - admins: waiting (all departments), refused, stale, the site;
 * - Leichte-Sprache reviewers: stale texts, the site.
 */
export async function loadDashboard(req: PayloadRequest, options: DashboardOptions): Promise<DashboardSection[]> {
  const user = currentUser(req)
  if (!user) return []
  const p = req.payload
  const role = user.role
  const staff = role === 'editor' || role === 'publisher' || isAdminUser(user)
  const sections: (() => Promise<DashboardSection>)[] = []
  if (role === 'editor' || role === 'publisher') sections.push(() => drafts(p, user, options))
  if (role === 'editor') sections.push(() => returned(p, user))
  if (staff)
    sections.push(
      () => waiting(p, user),
      () => refused(p, user),
    )
  sections.push(
    () => stale(p, user),
    () => site(req),
  )
  // One after the other: SQLite serialises anyway, and the dashboard's queries are few.
  const result: DashboardSection[] = []
  for (const section of sections) result.push(await section())
  return result
}
