/**
 * Approval: editors submit a draft for approval with a comment ("Zur
 * Freigabe einreichen"); publishers of the department see what waits,
 * open its preview and its difference to the live version, and publish it
 * or return it with a comment. README.md beside this file.
 */
import type { CollectionSlug, Plugin } from 'payload'
import { ApprovalRequests } from './collection.ts'

export { APPROVAL_REQUESTS, approvalStates, type ApprovalState } from './collection.ts'

export interface ApprovalOptions {
  /** The collections whose drafts are submitted for approval (collections with drafts). */
  collections: CollectionSlug[]
}

/** Adds the collection `approval-requests` ("Freigaben"). */
export const approval =
  (options: ApprovalOptions): Plugin =>
  (config) => {
    const slugs = new Set((config.collections ?? []).map((c) => c.slug))
    for (const slug of options.collections)
      if (!slugs.has(slug)) throw new Error(`approval: the config has no collection "${slug}"`)
    return { ...config, collections: [...(config.collections ?? []), ApprovalRequests] }
  }
