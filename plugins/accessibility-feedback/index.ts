/**
 * Accessibility feedback ("Barriere melden", BITV 2.0 § 7): citizens report a
 * barrier from any page of the site; the page's department answers within a
 * month. README.md beside this file.
 */
import type { Plugin } from 'payload'
import { withPersonalDataPurge } from '../../cms/lib/retentionTask.ts'
import { Feedback } from './collection.ts'
import { feedbackRetentionDays, purgeFeedbackContactData } from './retention.ts'

export interface AccessibilityFeedbackOptions {
  /**
   * Days after receipt when a report's name and e-mail are deleted. Default:
   * LOTSE_FEEDBACK_RETENTION_DAYS, else 180 (read at each nightly run).
   */
  retentionDays?: number
}

/**
 * Adds the Feedback collection ("Barriere-Meldungen") with its endpoint
 * POST /api/feedback, the deadline column of its list and the reports' share
 * of the nightly `purgePersonalData` task.
 */
export const accessibilityFeedback =
  (options: AccessibilityFeedbackOptions = {}): Plugin =>
  (config) => ({
    ...config,
    // German dates and request limits come from payload.config's everyCollection, which runs after the features.
    collections: [...(config.collections ?? []), Feedback],
    jobs: withPersonalDataPurge(config.jobs, {
      what: 'feedback entries',
      purge: (payload) =>
        purgeFeedbackContactData(payload, { retentionDays: options.retentionDays ?? feedbackRetentionDays() }),
    }),
  })
