import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { canPublish, currentUser } from '../../cms/access/roles.ts'
import { forbidden } from '../../cms/lib/errors.ts'

/** Where published content shows an image on the site (rich-text images are not rendered, cms/export/richtext.ts). */
const usedBy: { collection: CollectionSlug; field: string; label: string }[] = [
  { collection: 'contact-persons', field: 'photo', label: 'Ansprechperson' },
  { collection: 'video-tutorials', field: 'poster', label: 'Erklärvideo' },
]

/** The first published document that shows the image, for the message; null when none does. */
async function shownOnTheSite(req: PayloadRequest, id: number | string): Promise<string | null> {
  for (const { collection, field, label } of usedBy) {
    // The live documents (main rows), not drafts: a draft showing the image changes nothing public.
    const found = await req.payload.find({
      collection,
      where: { and: [{ [field]: { equals: id } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      draft: false,
      req,
    })
    const doc = found.docs[0] as { id: number | string } | undefined
    if (doc) return `${label} ${doc.id}`
  }
  return null
}

const message = (where: string) =>
  `Dieses Bild ist auf der Website zu sehen (${where}). Ändern oder löschen darf es nur eine Person mit Veröffentlichungsrecht. ` +
  'Laden Sie bei Bedarf ein neues Bild hoch und wählen Sie es im Entwurf aus.'

/**
 * Images have no drafts: a change is live with the next release. So changing
 * or deleting an image that published content shows is a publisher's right,
 * like publishing itself; editors upload new images and change the ones no
 * live page uses.
 */
export const mediaChangeOnTheSite: CollectionBeforeChangeHook = async ({ operation, originalDoc, req, data }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const user = currentUser(req)
  if (!user || canPublish(user)) return data
  const where = await shownOnTheSite(req, originalDoc.id)
  if (where) throw forbidden(message(where))
  return data
}

export const mediaDeleteOnTheSite: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = currentUser(req)
  if (!user || canPublish(user)) return
  const where = await shownOnTheSite(req, id)
  if (where) throw forbidden(message(where))
}
