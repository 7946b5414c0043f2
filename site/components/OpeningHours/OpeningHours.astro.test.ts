import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import OpeningHours from './OpeningHours.astro'
import { examples } from './examples.ts'

describe('OpeningHours', () => {
  itRendersEachExample(OpeningHours, examples)

  it('lists the whole week, two spans on one day and the notes', async () => {
    const [week, closed] = await Promise.all(examples.map((e) => renderExample(OpeningHours, e)))
    expect(week.match(/<tr data-day=/g)).toHaveLength(7)
    expect(week.match(/class="hours__span"/g)).toHaveLength(3)
    expect(week).toContain('(nur nach Vereinbarung)')
    expect(week).toContain('An Feiertagen geschlossen.')
    expect(closed.match(/geschlossen/g)).toHaveLength(7)
  })
})
