import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/index.ts'
import { islandMessages } from '../Finder/messages.ts'
import { contactItem } from '../Finder/resultEntries.ts'
import {
  axeViolations,
  describeViolations,
  expectAccessibleExample,
  renderExample,
  type Example,
} from '../test-helpers.ts'
import FinderContact from './FinderContact.astro'
import { exampleMatches, examples, regionsById } from './examples.ts'

/** The island's copy of the template, filled for a match. */
async function islandCard(variant: 'standard' | 'easy', match: (typeof exampleMatches)['koeln']) {
  const t = translator(variant)
  // The island's code on a DOM without a browser: happy-dom's document holds the template.
  const template = new Window().document.createElement('template') as unknown as HTMLTemplateElement
  template.innerHTML = await renderExample(FinderContact, { name: 'template', props: { t, template: true } })
  return contactItem(template, match, islandMessages(t, variant), regionsById)
}

describe('FinderContact', () => {
  for (const example of examples as Example[]) {
    if (example.props.template) continue
    it(`renders "${example.name}" without axe violations`, async () => {
      await expectAccessibleExample(FinderContact, example)
    })
  }

  it('spells out the region and the surname range, and shows only the badges the contact has', async () => {
    const [koeln, everywhere] = examples
    const withName = await renderExample(FinderContact, koeln)
    expect(withName).toContain('Zuständig für: Köln')
    expect(withName).toContain('Nachnamen A–K')
    expect(withName).toContain('Aylin Demirtaş')
    expect(withName).toMatch(/badge--dgs[\s\S]*badge--easy/)
    const plain = await renderExample(FinderContact, everywhere)
    expect(plain).toContain('Zuständig für das ganze Rheinland')
    expect(plain).not.toContain('badge')
    expect(plain).not.toContain('contact__name')
    expect(plain).not.toContain('<strong')
  })

  it('is the same card when the finder island fills its template as on the static page', async () => {
    const t = translator('standard')
    for (const match of Object.values(exampleMatches)) {
      const island = await islandCard('standard', match)
      const page = await renderExample(FinderContact, { name: match.contact.slug, props: { t, match, regionsById } })
      expect(island.outerHTML).toBe(page)
      expect(describeViolations(await axeViolations(island.outerHTML, 'ul'))).toEqual([])
    }
  })

  it('has the function in Leichte Sprache in the Leichte-Sprache finder', async () => {
    const card = await islandCard('easy', exampleMatches.koeln)
    expect(card.querySelector('h3')?.textContent).toBe('Sie berät Menschen aus Köln.')
    expect(card.querySelector('[data-slot="details-function"]')?.textContent).toBe(': Sie berät Menschen aus Köln.')
    expect(card.dataset.contact).toBe('fallmanagement-koeln-a-k')
  })
})
