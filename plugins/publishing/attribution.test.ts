import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'

const issue = { code: 'link-name', message: 'Links must have discernible text', selector: 'a' }
const slugs = [
  new Map([
    ['services/12', 'wohngeld'],
    ['services/13', 'kita-platz'],
  ]),
]

describe('attribute', () => {
  it('blames the changed document a failing page reads by id or slug, not another changed one', () => {
    const result = attribute({
      findings: [{ page: '/leistungen/wohngeld/', issues: [issue] }],
      deps: {
        '/leistungen/wohngeld/': ['services:slug:wohngeld', 'services:all', 'departments:id:1'],
        '/leistungen/kita-platz/': ['services:slug:kita-platz', 'services:all'],
      },
      changed: [
        { collection: 'services', id: 12, change: 'veröffentlicht' },
        { collection: 'services', id: 13, change: 'veröffentlicht' },
      ],
      slugs,
    })
    expect(result).toEqual({
      culprits: [{ collection: 'services', id: '12', pages: ['/leistungen/wohngeld/'] }],
      unexplained: [],
    })
  })

  it('falls back to a list the page reads, and leaves a page no change explains unexplained', () => {
    const result = attribute({
      findings: [
        { page: '/leistungen/', issues: [issue] },
        { page: '/kontakt/', issues: [issue] },
      ],
      deps: { '/leistungen/': ['services:all'], '/kontakt/': ['pages:slug:kontakt'] },
      changed: [{ collection: 'services', id: 12, change: 'veröffentlicht' }],
      slugs,
    })
    expect(result.culprits).toEqual([{ collection: 'services', id: '12', pages: ['/leistungen/'] }])
    expect(result.unexplained).toEqual(['/kontakt/'])
  })

  it('maps Payload collections to the snapshot names (video-tutorials → videos)', () => {
    const result = attribute({
      findings: [{ page: '/videos/x/', issues: [issue] }],
      deps: { '/videos/x/': ['videos:slug:x'] },
      changed: [{ collection: 'video-tutorials', id: 3 }],
      slugs: [new Map([['video-tutorials/3', 'x']])],
    })
    expect(result.culprits).toEqual([{ collection: 'video-tutorials', id: '3', pages: ['/videos/x/'] }])
  })
})
