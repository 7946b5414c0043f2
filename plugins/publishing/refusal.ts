/**
 * Refusing a publish the checks failed on: the document goes back to the
 * version the site shows (the published version before the pending change;
 * never published before: it becomes a draft), the refused content stays its
 * newest draft so no work is lost, and a `publish-refusals` record tells the
 * editor why, in German, naming the field and quoting the text.
 */
import type { CollectionSlug, Payload } from 'payload'
import { explainFindings, type ExplainedFinding } from './explain.ts'
import type { Finding } from './findings.ts'
import { asDocId } from './ids.ts'

/** The context of the pipeline's own writes: they do not request another build (plugins/publishing/requestPublish.ts). */
export const refusalContext = { skipPublish: true, publishRefusal: true }

/** Fields Payload sets on every write; a version's content without them (createdAt stays: a later save reads it). */
const systemFields = new Set(['id', 'updatedAt', '_status'])

const contentOf = (version: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(version).filter(([key]) => !systemFields.has(key)))

export interface RefusalInput {
  collection: string
  id: string
  /** How many publishes of the document this build held (all of them are refused). */
  pending: number
  /** The failing pages' findings that the document explains. */
  findings: Finding[]
  /** The build's release record. */
  recordId: number | string
  /** The newest request for the document in this build (ISO). */
  requestedAt: string
}

export interface RefusalOutcome {
  /** The document had a published version before: it is live again; else it is a draft now. */
  restored: boolean
  findings: ExplainedFinding[]
  message: string
}

export async function refuseChange(
  payload: Payload,
  { collection, id, pending, findings, recordId, requestedAt }: RefusalInput,
): Promise<RefusalOutcome> {
  const slug = collection as CollectionSlug
  const config = payload.collections[slug].config
  const { docs: versions } = await payload.findVersions({
    collection: slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  const published = versions.filter((v) => (v.version as { _status?: string })._status === 'published')
  const newest = versions[0]?.version as unknown as Record<string, unknown> | undefined
  // The content the checks saw is the newest published version.
  const refused = (published[0]?.version ?? newest ?? {}) as unknown as Record<string, unknown>
  const previous = published[Math.max(1, pending)]
  const context = { ...refusalContext }
  if (previous) {
    await payload.restoreVersion({
      collection: slug,
      id: previous.id,
      overrideAccess: true,
      depth: 0,
      context,
    } as Parameters<Payload['restoreVersion']>[0])
    // The refused content (or what the editor saved since) is again the newest draft.
    if (newest)
      await payload.update({
        collection: slug,
        id,
        draft: true,
        overrideAccess: true,
        depth: 0,
        context,
        data: { ...contentOf(newest), _status: 'draft' },
      })
  } else
    await payload.update({
      collection: slug,
      id,
      overrideAccess: true,
      depth: 0,
      // Never live: it has no public history (plugins/publishing/firstPublished.ts).
      context: { ...context, refusedFirstPublish: true },
      data: { ...(newest ? contentOf(newest) : {}), _status: 'draft' },
    })

  const explained = explainFindings(findings, config.fields, refused)
  const pages = [...new Set(findings.map((f) => f.page))].join(', ')
  const site = previous
    ? 'Die Website zeigt weiter die vorherige Fassung.'
    : 'Der Inhalt ist noch nicht auf der Website und jetzt wieder ein Entwurf.'
  const message =
    `Die Veröffentlichung wurde abgelehnt: Die Prüfung hat auf ${findings.length === 1 ? 'der Seite' : 'den Seiten'} ${pages} ` +
    `${explained.length === 1 ? 'einen Fehler' : `${explained.length} Fehler`} gefunden. ${site} ` +
    'Bitte ändern Sie die genannten Stellen und veröffentlichen Sie erneut. Ihr Text ist als Entwurf gespeichert.'
  const department = (refused.department ?? newest?.department) as number | string | { id: number | string } | null
  await payload.create({
    collection: 'publish-refusals',
    overrideAccess: true,
    depth: 0,
    data: {
      docCollection: collection,
      docId: id,
      department:
        department === null || department === undefined
          ? department
          : asDocId(typeof department === 'object' ? department.id : department),
      release: asDocId(recordId),
      requestedAt,
      message,
      findings: explained,
    },
  })
  return { restored: Boolean(previous), findings: explained, message }
}
