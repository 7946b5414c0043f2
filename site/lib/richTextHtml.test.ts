import { describe, expect, it } from 'vitest'
import { addHeadingIds, insertAfterHeading, linkify, shiftHeadings, slugify } from './richTextHtml.ts'

describe('shiftHeadings', () => {
  it('moves headings down and never below h6', () => {
    expect(shiftHeadings('<h2>A</h2><p>x</p><h6>B</h6>', 1)).toBe('<h3>A</h3><p>x</p><h6>B</h6>')
  })
})

describe('addHeadingIds', () => {
  it('gives headings unique ids and the feedback heading the fixed id', () => {
    const { html, ids } = addHeadingIds('<h2>Stand</h2><h2>Feedback und Kontakt</h2><h2>Stand</h2>', {
      special: { pattern: /feedback/i, id: 'feedback' },
    })
    expect(ids).toEqual(['stand', 'feedback', 'stand-2'])
    expect(html).toContain('<h2 id="feedback">Feedback und Kontakt</h2>')
  })

  it('makes readable ids from German text', () => {
    expect(slugify('Erstellung dieser Erklärung – Straße')).toBe('erstellung-dieser-erklaerung-strasse')
  })
})

describe('linkify', () => {
  it('links web and e-mail addresses written as text', () => {
    expect(linkify('<p>E-Mail: a@b.example, Web: https://x.example/y.</p>')).toBe(
      '<p>E-Mail: <a href="mailto:a@b.example">a@b.example</a>, Web: <a href="https://x.example/y">https://x.example/y</a>.</p>',
    )
  })

  it('leaves existing links alone', () => {
    const html = '<p><a href="mailto:a@b.example">a@b.example</a></p>'
    expect(linkify(html)).toBe(html)
  })
})

describe('insertAfterHeading', () => {
  it('puts the fragment after the first paragraph of the section', () => {
    expect(insertAfterHeading('<h2 id="a">A</h2><p>x</p><p>y</p>', 'a', '<p>L</p>')).toBe(
      '<h2 id="a">A</h2><p>x</p><p>L</p><p>y</p>',
    )
    expect(insertAfterHeading('<h2 id="a">A</h2><ul><li>x</li></ul>', 'a', '<p>L</p>')).toBe(
      '<h2 id="a">A</h2><p>L</p><ul><li>x</li></ul>',
    )
    expect(insertAfterHeading('<p>x</p>', 'a', '<p>L</p>')).toBe('<p>x</p>')
  })
})
