import type { CollectionAfterChangeHook } from 'payload'
import { writeStaleFlag } from '../staleness.ts'
import type { StandardTextDocument } from '../standardText.ts'

/**
 * On the standard-text collection (services): when a service is published, every Leichte-Sprache text linked to it is
 * checked against the newly published standard text and marked stale (or
 * fresh again). Runs with the system's rights and writes only the derived
 * flag (no hooks, no new version), so it does not need the editor's rights on
 * the texts. A draft save changes nothing: the live standard text is the same.
 * Unpublishing changes nothing either: without a live standard text there is
 * nothing to be behind, and the flag keeps its last value. Seeding opts out
 * (`context.seeding`): the seed creates the texts after the services.
 */
export const markLinkedTextsStale: CollectionAfterChangeHook<StandardTextDocument> = async ({ doc, req, context }) => {
  if (context.seeding || doc._status !== 'published') return doc
  const published = doc.standardTextVersion ?? null
  const ids = new Set<number | string>()
  for (const draft of [false, true]) {
    // The link may differ between the live text (draft: false) and its latest draft (draft: true).
    const { docs } = await req.payload.find({
      collection: 'easy-language-texts',
      where: { service: { equals: doc.id } },
      draft,
      depth: 0,
      pagination: false,
      select: { service: true },
      overrideAccess: true,
      req,
    })
    for (const text of docs) ids.add(text.id)
  }
  for (const id of ids) await writeStaleFlag(req, id, doc.id, published)
  return doc
}
