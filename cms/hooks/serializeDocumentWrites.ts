import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

type SessionAdapter = {
  name?: string
  sessions?: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>
}

/**
 * Two saves of the same document take turns. Each save writes a new version
 * and then clears the `latest` mark of the others; on PostgreSQL two
 * concurrent saves do not see each other's uncommitted version, so both
 * would stay marked latest. A transaction-scoped advisory lock on the
 * document, taken before anything is written, makes the second save wait for
 * the first; it ends with the transaction. SQLite transactions already take
 * turns (cms/lib/sqliteTransactions.ts).
 */
export const serializeDocumentWrites: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const db = req.payload.db as unknown as SessionAdapter
  if (db.name !== 'postgres') return data
  const transaction = await req.transactionID
  const session = transaction ? db.sessions?.[String(transaction)] : undefined
  if (!session) return data
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${collection.slug}:${originalDoc.id}`}))`)
  return data
}

/** Adds the lock as the first beforeChange hook of every collection with versions. */
export function withSerializedDocumentWrites(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    collection.versions
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [serializeDocumentWrites, ...(collection.hooks?.beforeChange ?? [])],
          },
        }
      : collection,
  )
}
