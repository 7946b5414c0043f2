import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { currentUser, isAdminUser } from '../access/roles.ts'

const forbidden = (message: string) => new APIError(message, 403, undefined, true)
const ignored = new Set(['id', 'createdAt', 'updatedAt', '_status', 'review'])

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => JSON.stringify(v ?? null)
  return norm(a) === norm(b)
}

/**
 * The review record of a Leichte-Sprache text is written by ls-reviewers (and
 * admins) only, and an ls-reviewer changes nothing but the review record.
 */
export const reviewFieldsForReviewers: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const user = currentUser(req)
  if (!user || isAdminUser(user)) return data
  if (user.role === 'ls-reviewer') {
    if (operation === 'create') throw forbidden('Prüferinnen und Prüfer legen keine Texte an; sie tragen nur Prüfungen ein.')
    const changed = Object.keys(data).filter((key) => !ignored.has(key) && !same(data[key], originalDoc?.[key]))
    if (changed.length > 0) {
      throw forbidden(`Sie dürfen nur die Prüfung eintragen, nicht den Text ändern (geändert: ${changed.join(', ')}).`)
    }
    return data
  }
  if (data.review !== undefined && !same(stripIds(data.review), stripIds(originalDoc?.review))) {
    throw forbidden('Nur Prüferinnen und Prüfer für Leichte Sprache dürfen die Prüfung eintragen.')
  }
  return data
}

function stripIds(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value ?? null
  const entries = Object.entries(value as Record<string, unknown>).filter(([k, v]) => k !== 'id' && v !== null && v !== undefined && v !== '')
  return Object.fromEntries(entries)
}
