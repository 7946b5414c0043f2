/**
 * Approval: editors submit a draft for approval with a comment ("Zur
 * Freigabe einreichen"); publishers of the department see what waits,
 * open its preview and its difference to the live version, and publish it
 * or return it with a comment. README.md beside this file.
 */
import type { CollectionConfig, CollectionSlug, Config, Plugin, UIField } from 'payload'
import { ApprovalRequests } from './collection.ts'
import { approvalEndpoints } from './endpoints.ts'
import { queuePath, queueTitle } from './paths.ts'
import { closeOnPublish, withdrawOnDelete } from './workflow.ts'

export { APPROVAL_REQUESTS, approvalStates, type ApprovalState } from './collection.ts'
export { draftPreviewPath, queuePath } from './paths.ts'

export interface ApprovalOptions {
  /** The collections whose drafts are submitted for approval (collections with drafts). */
  collections: CollectionSlug[]
}

/** The sidebar field that shows the document's request (admin/ApprovalStatusField.tsx). */
const approvalStatusField: UIField = {
  name: 'approvalStatus',
  type: 'ui',
  label: 'Freigabe zur Veröffentlichung',
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    disableBulkEdit: true,
    components: { Field: '/plugins/approval/admin/ApprovalStatusField#ApprovalStatusField' },
  },
}

/** The button, the sidebar status and the hooks that close a request on publish and withdraw it on delete. */
function withApproval(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  const edit = components.edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...components,
        edit: {
          ...edit,
          beforeDocumentControls: [
            ...(edit.beforeDocumentControls ?? []),
            '/plugins/approval/admin/SubmitForApproval#SubmitForApproval',
          ],
        },
      },
    },
    fields: [...collection.fields, approvalStatusField],
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), closeOnPublish],
      afterDelete: [...(hooks.afterDelete ?? []), withdrawOnDelete],
    },
  }
}

/**
 * Adds the collection `approval-requests` ("Freigabeverlauf") with its endpoints
 * (submit, return, publish, status), the edit view's "Zur Freigabe
 * einreichen" and sidebar status on the listed collections with their hooks,
 * and the admin view "Freigaben" (/admin/freigaben) with its nav link.
 */
export const approval =
  (options: ApprovalOptions): Plugin =>
  (config: Config): Config => {
    const slugs = new Set((config.collections ?? []).map((c) => c.slug))
    for (const slug of options.collections)
      if (!slugs.has(slug)) throw new Error(`approval: the config has no collection "${slug}"`)
    const listed = new Set<string>(options.collections)
    const admin = config.admin ?? {}
    const components = admin.components ?? {}
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((c) => (listed.has(c.slug) ? withApproval(c) : c)),
        { ...ApprovalRequests, endpoints: approvalEndpoints({ collections: options.collections }) },
      ],
      admin: {
        ...admin,
        components: {
          ...components,
          afterNavLinks: [...(components.afterNavLinks ?? []), '/plugins/approval/admin/QueueNavLink#QueueNavLink'],
          views: {
            ...components.views,
            approvalQueue: {
              Component: '/plugins/approval/admin/QueueView#QueueView',
              path: queuePath,
              exact: true,
              meta: { title: queueTitle },
            },
          },
        },
      },
    }
  }
