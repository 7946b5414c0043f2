import type { PayloadRequest } from 'payload'

/**
 * The terms of every published Wörterbuch entry. The checker accepts them
 * (an abbreviation explained in the Wörterbuch is not an error). Read with
 * the system's rights: which terms exist is not a secret, and an ls-reviewer
 * or editor gets the same findings as everybody else.
 */
export async function publishedGlossaryTerms(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'glossary-terms',
    where: { _status: { equals: 'published' } },
    draft: false,
    pagination: false,
    depth: 0,
    select: { term: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.term).filter((term): term is string => typeof term === 'string' && term.trim() !== '')
}

/** The terms of a text's own glossary (its `glossary` array rows). */
export function ownGlossaryTerms(glossary: unknown): string[] {
  if (!Array.isArray(glossary)) return []
  return glossary
    .map((row) => (row && typeof row === 'object' ? (row as { term?: unknown }).term : undefined))
    .filter((term): term is string => typeof term === 'string' && term.trim() !== '')
}
