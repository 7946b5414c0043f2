import type { CollectionSlug, FieldHook, TextField } from 'payload'
import { validSlugFormat } from './validators.ts'

/**
 * The part of a page's address that names it. Unique per collection: checked
 * against every other document (drafts too) so that the editor gets a clear
 * message before the database refuses it.
 */
export function slugField(
  overrides: Partial<TextField> = {},
  {
    reserved = [],
    prefix = '',
  }: {
    /** Slugs taken by fixed pages beside the collection's pages (`/standorte/in-meiner-naehe/`). */
    reserved?: readonly string[]
    /** The address part before the slug, for the message (`/standorte/`). */
    prefix?: string
  } = {},
): TextField {
  return {
    name: 'slug',
    label: 'Kurzadresse (Slug)',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Teil der Web-Adresse, z. B. „persoenliches-budget“.' },
    validate: async (value, { req, id, collectionSlug }) => {
      const format = validSlugFormat(value)
      if (format !== true) return format
      if (typeof value === 'string' && reserved.includes(value))
        return `Die Kurzadresse „${value}“ ist für eine feste Seite der Website reserviert (${prefix}${value}/). Bitte wählen Sie eine andere.`
      if (!collectionSlug) return true
      const existing = await req.payload.find({
        collection: collectionSlug as CollectionSlug,
        where: { and: [{ slug: { equals: value } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return existing.docs.length > 0
        ? `Die Kurzadresse „${value}“ ist schon vergeben. Bitte wählen Sie eine andere.`
        : true
    },
    hooks: { beforeDuplicate: [freeSlugForCopy] },
    ...overrides,
  } as TextField
}

/** A duplicate gets the original's slug with "-kopie" (then "-kopie-2", …), so that it can be saved at once. */
const freeSlugForCopy: FieldHook = async ({ value, req, collection }) => {
  if (typeof value !== 'string' || !value || !collection) return value
  const base = `${value.replace(/-kopie(-\d+)?$/, '')}-kopie`
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const taken = await req.payload.count({
      collection: collection.slug as CollectionSlug,
      where: { slug: { equals: candidate } },
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs === 0) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}
