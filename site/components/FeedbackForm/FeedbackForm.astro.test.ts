import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import FeedbackForm from './FeedbackForm.astro'
import { examples } from './examples.ts'

describe('FeedbackForm', () => {
  itRendersEachExample(FeedbackForm, examples)

  it('is a plain form post to the CMS, a disclosure in the footer and a section on its page', async () => {
    const [footer, page] = await Promise.all(examples.map((e) => renderExample(FeedbackForm, e)))
    for (const html of [footer, page])
      expect(html).toMatch(
        /<form[^>]*method="post"[^>]*action="[^"]*\/api\/feedback"|<form[^>]*action="[^"]*\/api\/feedback"[^>]*method="post"/,
      )
    expect(footer).toContain('<details')
    expect(page).not.toContain('<details')
    expect(page).toContain('<section')
  })
})
