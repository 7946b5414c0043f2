import type { CollectionBeforeChangeHook } from 'payload'
import { isStale, publishedStandardTextVersion } from '../staleness.ts'
import type { StandardTextCollection } from '../standardText.ts'
import type { EasyLanguageText } from '../../../cms/payload-types.ts'

const time = (value: unknown) => (typeof value === 'string' && value !== '' ? new Date(value).getTime() : null)

/**
 * The review record names the version of the service's standard text it was
 * made against: when a review is recorded or changed (reviewedAt differs from
 * before), `review.sourceVersion` becomes the version of the service that is
 * published now; otherwise it keeps what it had (a client cannot set it).
 * `stale` is recomputed from it on every save.
 */
export const trackReviewSource =
  (standardTextCollection: StandardTextCollection): CollectionBeforeChangeHook<EasyLanguageText> =>
  async ({ data, originalDoc, req }) => {
    const published = await publishedStandardTextVersion(req, standardTextCollection, data.service)
    const reviewedAt = data.review?.reviewedAt
    const newReview = time(reviewedAt) !== null && time(reviewedAt) !== time(originalDoc?.review?.reviewedAt)
    const sourceVersion = !reviewedAt ? null : newReview ? published : (originalDoc?.review?.sourceVersion ?? null)
    data.review = { ...data.review, sourceVersion }
    data.stale = isStale(data.review, published)
    return data
  }
