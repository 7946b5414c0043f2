import type { CollectionSlug, Payload } from 'payload'
import {
  describePublishStatus,
  releaseStatusOf,
  type PublishStatus,
  type PublishStatusResult,
} from './publishStatus.ts'

/**
 * The column "Auf der Website" of the editorial lists: one short German phrase
 * per document, from the same status the sidebar field "Stand auf der Website"
 * shows (publishStatus.ts), plus the sentence of that field as the detail.
 */
export type SiteState =
  /** The published version is live (or its publish is in the last release). */
  | 'live'
  /** Live, and a newer draft waits. */
  | 'live-draft'
  /** Never published, or unpublished: only a draft. */
  | 'draft'
  /** The checks refused the latest publish; the site shows the version before it, if any. */
  | 'refused'
  /** The latest publish waits for or is in a build. */
  | 'pending'
  /** The latest build with the publish failed. */
  | 'failed'
  /** Unpublished or deleted, and that change is live. */
  | 'withdrawn'
  /** An admin rolled the site back to a release without the latest publish. */
  | 'rolled-back'

export interface SiteStatus {
  state: SiteState
  /** A few words for the list cell. */
  label: string
  /** The sidebar field's sentence, for a title or a screen reader. */
  detail: string
}

export const siteStateLabels: Record<SiteState, string> = {
  live: 'Live',
  'live-draft': 'Live, neuerer Entwurf',
  draft: 'Nur Entwurf',
  refused: 'Von der Prüfung abgelehnt',
  pending: 'Wird geprüft',
  failed: 'Fehlgeschlagen',
  withdrawn: 'Nicht mehr live',
  'rolled-back': 'Zurückgesetzt',
}

const withdrawnChange = (status: PublishStatus) =>
  'change' in status && (status.change === 'zurückgezogen' || status.change === 'gelöscht')

/** The list's phrase for a document's publish status (pure). */
export function siteStateOf({ status, document }: PublishStatusResult): SiteState {
  if (status.state === 'refused') return 'refused'
  if (status.state === 'queued' || status.state === 'building') return 'pending'
  if (status.state === 'failed') return 'failed'
  if (status.state === 'rolled-back') return 'rolled-back'
  if (!document.published) return status.state === 'live' && withdrawnChange(status) ? 'withdrawn' : 'draft'
  return document.newerDraft ? 'live-draft' : 'live'
}

const time = (value: unknown) => (typeof value === 'string' ? new Date(value).getTime() : 0)

/**
 * The status of one row of a list. `latest` is the row as the list shows it
 * (its newest version, drafts included); the published state comes from the
 * document itself, as publishStatusFor reads it. The caller has already read
 * the row with the user's rights; the release records are everyone's to read.
 */
export async function siteStatusOf(
  payload: Payload,
  collection: CollectionSlug,
  latest: { id: number | string; _status?: unknown; updatedAt?: unknown },
): Promise<SiteStatus> {
  const main = (await payload.db.findOne({ collection, where: { id: { equals: latest.id } } })) as {
    _status?: string | null
    updatedAt?: string
  } | null
  const published = main?._status === 'published'
  const result: PublishStatusResult = {
    status: await releaseStatusOf(payload, collection, latest.id),
    document: {
      published,
      newerDraft: published && latest._status === 'draft' && time(latest.updatedAt) > time(main?.updatedAt),
    },
  }
  const state = siteStateOf(result)
  return { state, label: siteStateLabels[state], detail: describePublishStatus(result) }
}
