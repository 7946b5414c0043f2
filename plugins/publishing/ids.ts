/**
 * A document id as Payload's generated types spell it: a number, because
 * cms/payload-types.ts is generated for the SQL adapters. On MongoDB ids are
 * strings; they pass through unchanged (only the static type is narrowed).
 */
export type DocId = number

export const asDocId = (id: number | string): DocId => id as DocId
