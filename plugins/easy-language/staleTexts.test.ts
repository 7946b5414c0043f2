import { describe, expect, it } from 'vitest'
import { formatReviewDate } from './staleTexts.ts'

describe('formatReviewDate', () => {
  it('gives the review’s day in Berlin, without a time (the field holds a day)', () => {
    expect(formatReviewDate('2026-04-22T00:00:00.000Z')).toBe('22.04.2026')
    expect(formatReviewDate('2026-12-04T11:00:00.000Z')).toBe('04.12.2026')
    expect(formatReviewDate('2026-12-04T23:30:00.000Z')).toBe('05.12.2026')
  })
})
