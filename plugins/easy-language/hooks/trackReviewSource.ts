import type { CollectionBeforeChangeHook } from 'payload'
import { sameReview } from './reviewFields.ts'
import { isStale, publishedStandardTextVersion } from '../staleness.ts'
import type { StandardTextCollection, StandardTextPart } from '../standardText.ts'
import { publishedStandardText } from '../standardTextChanges.ts'
import type { EasyLanguageText } from '../../../cms/payload-types.ts'

const time = (value: unknown) => (typeof value === 'string' && value !== '' ? new Date(value).getTime() : null)

/**
 * The review record names the version of the service's standard text it was
 * made against: when a review is recorded or changed (its date, group or
 * remark differs from before), `review.sourceVersion` becomes the version of the service that is
 * published now and `review.sourceText` that standard text itself (what the
 * reviewer later compares with, standardTextChanges.ts); otherwise both keep
 * what they had (a client cannot set them). `stale` is recomputed from the
 * version on every save.
 */
export const trackReviewSource =
  (
    standardTextCollection: StandardTextCollection,
    parts: readonly StandardTextPart[],
  ): CollectionBeforeChangeHook<EasyLanguageText> =>
  async ({ data, originalDoc, req }) => {
    const reviewedAt = data.review?.reviewedAt
    // A new review: another date, or on the same date another group or remark (a second review that day).
    const newReview =
      time(reviewedAt) !== null &&
      (time(reviewedAt) !== time(originalDoc?.review?.reviewedAt) || !sameReview(data.review, originalDoc?.review))
    let published: string | null
    let sourceText: NonNullable<EasyLanguageText['review']>['sourceText']
    if (newReview) {
      const now = await publishedStandardText(req, standardTextCollection, parts, data.service)
      published = now?.version ?? null
      sourceText = now?.snapshot ?? null
    } else {
      published = await publishedStandardTextVersion(req, standardTextCollection, data.service)
      sourceText = reviewedAt ? (originalDoc?.review?.sourceText ?? null) : null
    }
    const sourceVersion = !reviewedAt ? null : newReview ? published : (originalDoc?.review?.sourceVersion ?? null)
    data.review = { ...data.review, sourceVersion, sourceText }
    data.stale = isStale(data.review, published)
    return data
  }
