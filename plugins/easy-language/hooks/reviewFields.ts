import type { CollectionBeforeChangeHook, SanitizedCollectionConfig } from 'payload'
import { currentUser, isAdminUser } from '../../../cms/access/roles.ts'
import { forbidden } from '../../../cms/lib/errors.ts'

/** What an ls-reviewer may change: the review record and the findings' overrides. */
const reviewerFields = new Set(['review', 'overrides'])
/** Set by hooks from other data (whatever a client sends is replaced), so never counted as a change. */
const derivedFields = new Set(['lsErrors', 'lsWarnings', 'stale'])
const ignored = new Set(['id', 'createdAt', 'updatedAt', '_status', ...reviewerFields, ...derivedFields])

/** A top-level field's label as the form shows it (its name where the label is not a plain string). */
function labelOf(collection: SanitizedCollectionConfig | undefined, name: string): string {
  const field = collection?.flattenedFields.find((f) => f.name === name)
  return field && 'label' in field && typeof field.label === 'string' ? field.label : name
}

/** Comparable form of a value: object keys sorted, empty values (null, undefined, '', {}) left out. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)])
    return entries.length > 0 ? Object.fromEntries(entries) : null
  }
  return value === '' || value === undefined ? null : value
}

/** The admin form sends an empty array field as its row count 0; the database gives [] or null. */
const noRows = (value: unknown) =>
  value === 0 || value === null || value === undefined || (Array.isArray(value) && value.length === 0)

/** Whether a submitted value equals the stored one, however the admin form or an API client wrote it. */
function same(a: unknown, b: unknown): boolean {
  if (noRows(a) && noRows(b)) return true
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/** The part of the override rows a person writes; ids and the hook-set recordedBy/recordedAt do not count. */
export function overrideContent(value: unknown): { rule: unknown; excerpt: unknown; reason: unknown }[] {
  if (!Array.isArray(value)) return []
  return value.map((row: Record<string, unknown> | null) => ({
    rule: row?.rule ?? null,
    excerpt: row?.excerpt ?? null,
    reason: row?.reason ?? null,
  }))
}

/**
 * The review record of a Leichte-Sprache text and the overrides of single
 * findings are written by ls-reviewers (and admins) only, and an ls-reviewer
 * changes nothing but those two.
 */
export const reviewFieldsForReviewers: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
  operation,
}) => {
  const user = currentUser(req)
  if (!user || isAdminUser(user)) return data
  if (user.role === 'ls-reviewer') {
    if (operation === 'create')
      throw forbidden('Prüferinnen und Prüfer legen keine Texte an; sie tragen nur Prüfungen ein.')
    const changed = Object.keys(data).filter((key) => !ignored.has(key) && !same(data[key], originalDoc?.[key]))
    if (changed.length > 0) {
      throw forbidden(
        `Sie dürfen nur die Prüfung und begründete Ausnahmen eintragen, nicht den Text ändern (geändert: ${changed.map((key) => labelOf(collection, key)).join(', ')}).`,
      )
    }
    return data
  }
  if (data.review !== undefined && !sameReview(data.review, originalDoc?.review)) {
    throw forbidden('Nur Prüferinnen und Prüfer für Leichte Sprache dürfen die Prüfung eintragen.')
  }
  if (data.overrides !== undefined && !same(overrideContent(data.overrides), overrideContent(originalDoc?.overrides))) {
    throw forbidden(
      'Nur Prüferinnen und Prüfer für Leichte Sprache dürfen Ausnahmen für Prüfergebnisse eintragen, ändern oder löschen. ' +
        'Bitte wenden Sie sich an die Prüfung Leichte Sprache.',
    )
  }
  return data
}

/** Whether two review records say the same (date, group, remarks), however written; bookkeeping does not count. */
export function sameReview(a: unknown, b: unknown): boolean {
  return same(stripIds(a), stripIds(b))
}

function stripIds(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value ?? null
  // sourceVersion and sourceText are bookkeeping set by a hook, not part of what a reviewer enters.
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([k]) => k !== 'id' && k !== 'sourceVersion' && k !== 'sourceText',
  )
  return Object.fromEntries(entries)
}
