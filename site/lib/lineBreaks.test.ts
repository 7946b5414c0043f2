import { describe, expect, it } from 'vitest'
import { breakAtMediopunkt } from './lineBreaks.ts'

describe('breakAtMediopunkt', () => {
  it('offers a line break after each Mediopunkt inside a word', () => {
    expect(breakAtMediopunkt('<h1>Integrations·fach·dienst</h1><p>Das Blinden·geld.</p>')).toBe(
      '<h1>Integrations·<wbr>fach·<wbr>dienst</h1><p>Das Blinden·<wbr>geld.</p>',
    )
  })

  it('leaves tags, attributes, the title, scripts, styles and form values alone', () => {
    const html =
      '<title>Blinden·geld</title><a href="/x" title="Blinden·geld > mehr" data-x=\'Ab·c\'>Blinden·geld</a>' +
      '<script>const a = "Blinden·geld"</script><style>p::after{content:"Ab·c"}</style>' +
      '<textarea>Blinden·geld</textarea><!-- Blinden·geld -->'
    expect(breakAtMediopunkt(html)).toBe(
      '<title>Blinden·geld</title><a href="/x" title="Blinden·geld > mehr" data-x=\'Ab·c\'>Blinden·<wbr>geld</a>' +
        '<script>const a = "Blinden·geld"</script><style>p::after{content:"Ab·c"}</style>' +
        '<textarea>Blinden·geld</textarea><!-- Blinden·geld -->',
    )
  })

  it('does not touch a dot that stands between words or at a word end', () => {
    expect(breakAtMediopunkt('<p>a · b, Ende·</p>')).toBe('<p>a · b, Ende·</p>')
  })
})
