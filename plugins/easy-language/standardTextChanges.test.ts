import { describe, expect, it } from 'vitest'
import { textToLexical } from '../../cms/export/richtext.ts'
import { standardTextSnapshot, type StandardTextPart } from './standardText.ts'
import { diffSnapshots, snapshotOf } from './standardTextChanges.ts'

const parts: StandardTextPart[] = [
  { name: 'teaser', label: 'Kurztext', kind: 'text' },
  { name: 'description', label: 'Volltext', kind: 'richText' },
  { name: 'documents', label: 'Unterlagen', kind: 'rows', rowFields: ['name', 'note'] },
]

describe('standardTextSnapshot', () => {
  it('gives each part as plain text with its label', () => {
    expect(
      standardTextSnapshot(parts, {
        teaser: ' Geld statt Sachleistung. ',
        description: textToLexical('## Antrag\n\nSie stellen ihn.'),
        documents: [
          { id: 'a', name: 'Antrag', note: 'Kopie' },
          { id: 'b', name: 'Bescheid', note: null },
        ],
      }),
    ).toEqual([
      { name: 'teaser', label: 'Kurztext', text: 'Geld statt Sachleistung.' },
      { name: 'description', label: 'Volltext', text: 'Antrag\n\nSie stellen ihn.' },
      { name: 'documents', label: 'Unterlagen', text: 'Antrag – Kopie\nBescheid' },
    ])
  })
})

describe('diffSnapshots', () => {
  const before = [
    { name: 'teaser', label: 'Kurztext', text: 'Sie bekommen Geld.' },
    { name: 'costs', label: 'Kosten', text: 'keine' },
  ]

  it('gives the word diff of the parts that changed, and only those', () => {
    const now = [
      { name: 'teaser', label: 'Kurztext', text: 'Sie bekommen mehr Geld.' },
      { name: 'costs', label: 'Kosten', text: 'keine' },
      { name: 'deadlines', label: 'Fristen', text: 'ein Jahr' },
    ]
    expect(diffSnapshots(before, now)).toEqual([
      {
        name: 'teaser',
        label: 'Kurztext',
        pieces: [
          { kind: 'same', text: 'Sie bekommen ' },
          { kind: 'added', text: 'mehr ' },
          { kind: 'same', text: 'Geld.' },
        ],
      },
      // A part that did not exist at the review counts as empty then.
      { name: 'deadlines', label: 'Fristen', pieces: [{ kind: 'added', text: 'ein Jahr' }] },
    ])
    expect(diffSnapshots(before, before)).toEqual([])
  })

  it('reads a stored snapshot defensively', () => {
    expect(snapshotOf(before)).toEqual(before)
    expect(snapshotOf(null)).toBeNull()
    expect(snapshotOf({ teaser: 'x' })).toBeNull()
    expect(snapshotOf([{ name: 'teaser' }])).toBeNull()
  })
})
