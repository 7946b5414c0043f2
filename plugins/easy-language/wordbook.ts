import type { PayloadRequest } from 'payload'
import { wordbookOf, type Wordbook } from './checker.ts'

/**
 * The published Wörterbuch as checker options: the terms it explains (the
 * checker accepts them: an abbreviation explained in the Wörterbuch is not an
 * error) and the foreign words an entry asks to replace (reported with the
 * replacement). Read with the system's rights: which terms exist is not a
 * secret, and an ls-reviewer or editor gets the same findings as everybody else.
 */
export async function publishedWordbook(req: PayloadRequest): Promise<Wordbook> {
  const { docs } = await req.payload.find({
    collection: 'glossary-terms',
    where: { _status: { equals: 'published' } },
    draft: false,
    pagination: false,
    depth: 0,
    select: { term: true, replacement: true },
    overrideAccess: true,
    req,
  })
  return wordbookOf(docs)
}

/** The terms of a text's own glossary (its `glossary` array rows). */
export function ownGlossaryTerms(glossary: unknown): string[] {
  if (!Array.isArray(glossary)) return []
  return glossary
    .map((row) => (row && typeof row === 'object' ? (row as { term?: unknown }).term : undefined))
    .filter((term): term is string => typeof term === 'string' && term.trim() !== '')
}
