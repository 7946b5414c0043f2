import type { CollectionBeforeChangeHook } from 'payload'
import type { EasyLanguageText } from '../../../cms/payload-types.ts'
import { currentUser } from '../../../cms/access/roles.ts'

type OverrideRow = NonNullable<EasyLanguageText['overrides']>[number]

const sameContent = (a: OverrideRow, b: OverrideRow) =>
  a.rule === b.rule && a.excerpt === b.excerpt && a.reason === b.reason

/**
 * Who recorded an override of a finding, and when, is set here and nowhere
 * else: a new or changed row gets the current user and time, an unchanged row
 * keeps what it had (whatever a client sends for these read-only fields).
 * Who may change overrides at all is decided in reviewFieldsForReviewers.
 */
export const recordOverrides: CollectionBeforeChangeHook<EasyLanguageText> = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.overrides)) return data
  const before = new Map((originalDoc?.overrides ?? []).filter((row) => row.id).map((row) => [row.id, row]))
  const user = currentUser(req)
  const now = new Date().toISOString()
  data.overrides = data.overrides.map((row) => {
    const previous = row.id ? before.get(row.id) : undefined
    if (previous && sameContent(previous, row)) {
      return { ...row, recordedBy: previous.recordedBy ?? null, recordedAt: previous.recordedAt ?? null }
    }
    return { ...row, recordedBy: (user?.id as number | undefined) ?? null, recordedAt: now }
  })
  return data
}
