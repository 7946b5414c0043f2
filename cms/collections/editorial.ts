import type { CollectionConfig } from 'payload'
import {
  createInOwnDepartment,
  deleteOwnDepartment,
  publishedOrOwnDepartment,
  updateOwnDepartment,
  versionsOfOwnDepartment,
} from '../access/index.ts'
import { keepInOwnDepartment, onlyPublishersChangeWhatIsPublic } from '../hooks/editorialRules.ts'

/**
 * What every department-owned public collection shares: drafts with
 * validation and scheduled publishing, a version history, and the
 * department access rules. The publishing plugin (plugins/publishing) adds the
 * hooks that build the public site when published content changes.
 */
export const editorial = {
  access: {
    read: publishedOrOwnDepartment,
    readVersions: versionsOfOwnDepartment,
    create: createInOwnDepartment,
    update: updateOwnDepartment,
    delete: deleteOwnDepartment,
  },
  versions: {
    // Times to the minute: "in a minute" is a time an editor may want (Payload offers 5-minute steps by default).
    drafts: { validate: true, schedulePublish: { timeIntervals: 1 } },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [onlyPublishersChangeWhatIsPublic],
    beforeChange: [keepInOwnDepartment],
  },
} satisfies Partial<CollectionConfig>
