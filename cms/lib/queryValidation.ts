/**
 * Checks the values of a REST or GraphQL `where` before the database sees
 * them, so that a malformed query answers 400 the same on every database
 * (SQLite's driver throws on a NaN id, PostgreSQL answers "invalid input
 * syntax" for a date that is none, or quietly matches nothing). What the
 * checks do not know (paths through relationships) is still answered 400 by
 * errorHandling.ts when the database refuses it.
 */
import type { FlattenedField, PayloadRequest } from 'payload'
import { APIError } from 'payload'

export const MALFORMED_QUERY_MESSAGE =
  'Die Abfrage ist ungültig: Ein Filter- oder Sortierwert passt nicht zum Feld. Bitte prüfen Sie die Parameter.'

/** Payload's query operators; the geo operators are left out (Lotse has no point fields). */
const operators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])

export function malformedQuery() {
  const error = new APIError(MALFORMED_QUERY_MESSAGE, 400, undefined, true)
  // formatErrors passes a message on only with a name; the production build renames classes.
  error.name = 'APIError'
  return error
}

type Kind = 'date' | 'number' | 'id' | 'other'

function kindOf(path: string, fields: FlattenedField[], numericIds: boolean): Kind {
  const [first, ...rest] = path.split('.')
  if (first === 'id') return numericIds ? 'id' : 'other'
  if (first === 'createdAt' || first === 'updatedAt') return 'date'
  const field = fields.find((f) => 'name' in f && f.name === first)
  if (!field) return 'other'
  if (rest.length > 0) {
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
      return kindOf(rest.join('.'), field.flattenedFields, numericIds)
    return 'other'
  }
  if (field.type === 'date') return 'date'
  if (field.type === 'number') return 'number'
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && numericIds)
    return 'id'
  return 'other'
}

function valid(kind: Kind, operator: string, value: unknown): boolean {
  if (operator === 'exists') return value === 'true' || value === 'false' || value === true || value === false
  if (value === null || value === undefined || value === '' || value === 'null') return true
  if (kind === 'other') return true
  const values =
    operator === 'in' || operator === 'not_in' || operator === 'all'
      ? Array.isArray(value)
        ? value
        : String(value).split(',')
      : [value]
  return values.every((v) => {
    if (kind === 'date') return !Number.isNaN(Date.parse(String(v)))
    return /^-?\d+(\.\d+)?$/.test(String(v).trim()) && Number.isFinite(Number(v))
  })
}

/** Throws a 400 for the first condition of `where` that cannot be right. */
export function checkWhere(where: unknown, fields: FlattenedField[], req: PayloadRequest, depth = 0): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where) || depth > 10) throw malformedQuery()
  const numericIds = req.payload.db.defaultIDType === 'number'
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) throw malformedQuery()
      for (const part of condition) checkWhere(part, fields, req, depth + 1)
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) throw malformedQuery()
    const kind = kindOf(key, fields, numericIds)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!operators.has(operator) || !valid(kind, operator, value)) throw malformedQuery()
    }
  }
}
