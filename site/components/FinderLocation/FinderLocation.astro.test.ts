import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/index.ts'
import { islandMessages } from '../Finder/messages.ts'
import { locationItem, todayText } from '../Finder/resultEntries.ts'
import {
  axeViolations,
  describeViolations,
  expectAccessibleExample,
  renderExample,
  type Example,
} from '../test-helpers.ts'
import FinderLocation from './FinderLocation.astro'
import { examples, finderLocations } from './examples.ts'

const template = examples[2]
/** A Monday in Germany: the example location is open 08:00–12:00 and 13:00–16:00. */
const monday = new Date('2025-01-13T10:00:00+01:00')

describe('FinderLocation', () => {
  for (const example of examples as Example[]) {
    if (example.props.template) continue
    it(`renders "${example.name}" without axe violations`, async () => {
      await expectAccessibleExample(FinderLocation, example)
    })
  }

  it('shows the distance from the Kreis, the week and the features on a static page', async () => {
    const html = await renderExample(FinderLocation, examples[0])
    expect(html).toContain('data-location="lvr-beratungszentrum-koeln-deutz"')
    expect(html).toMatch(/1,2 km/)
    expect(html).toContain('class="hours"')
    expect(html).toContain('Höranlage')
  })

  it('is filled by the islands with the distance, today’s hours in words and the features', async () => {
    const doc = new Window().document
    const element = doc.createElement('template') as unknown as HTMLTemplateElement
    element.innerHTML = await renderExample(FinderLocation, template)
    const m = islandMessages(translator('standard'))
    const deutz = finderLocations.find((l) => l.slug === 'lvr-beratungszentrum-koeln-deutz')!
    const card = locationItem(element, deutz, 1.2, m)
    expect(card.dataset.location).toBe('lvr-beratungszentrum-koeln-deutz')
    expect(card.querySelector('h3 a')?.getAttribute('href')).toBe('/standorte/lvr-beratungszentrum-koeln-deutz/')
    expect(card.querySelector('.finder-location__distance')?.textContent).toMatch(/1,2 km/)
    expect(card.querySelector('.address')?.innerHTML).toBe('Ottoplatz 2<br>50679 Köln')
    expect(card.querySelector('.finder-location__today')?.textContent).toMatch(/^Heute (geöffnet|geschlossen)/)
    expect([...card.querySelectorAll('.feature-list li')].map((li) => li.textContent)).toHaveLength(
      deutz.features.length,
    )
    expect(card.querySelector('.feature-list')?.getAttribute('aria-label')).toBe('Barrierefreiheit')
    expect(describeViolations(await axeViolations(card.outerHTML, 'ul'))).toEqual([])

    expect(todayText(deutz, m, monday)).toMatch(/^Heute geöffnet: 08:00.*12:00.*13:00.*16:00/)

    const moers = locationItem(
      element,
      finderLocations.find((l) => l.slug === 'kokobe-moers')!,
      23.4,
      m,
    )
    expect(moers.querySelector('.feature-list')).toBeNull()
    expect(describeViolations(await axeViolations(moers.outerHTML, 'ul'))).toEqual([])
  })
})
