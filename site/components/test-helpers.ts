/**
 * For the components' tests (`<Name>.astro.test.ts`): render a README example
 * with Astro's container API and check it with axe-core (the WCAG 2.0–2.2 A and
 * AA rules) in happy-dom, a DOM without a browser. What needs layout (colour
 * contrast, target size) comes back "incomplete" there, not as a violation:
 * pa11y checks that on the built pages in Chromium (publish gate, e2e tests).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, Result } from 'axe-core'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { Window } from 'happy-dom'
import { expect, it } from 'vitest'

type AstroComponent = Parameters<AstroContainer['renderToString']>[0]

/** One example of a component: what its README shows and its test renders. */
export interface Example {
  /** What the example shows, e.g. "with a name and both badges". */
  name: string
  props: Record<string, unknown>
  /** Slot contents as HTML, e.g. `{ default: 'DGS' }`. */
  slots?: Record<string, string>
  /** The element the output must sit in (a card that is an `<li>` needs a list). */
  within?: 'ul' | 'ol'
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
let container: Promise<AstroContainer> | undefined

/** Renders an example to HTML, as the page that uses the component would. */
export async function renderExample(component: AstroComponent, example: Example): Promise<string> {
  container ??= AstroContainer.create()
  return (await container).renderToString(component, { props: example.props, slots: example.slots })
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Puts rendered HTML into the `<main>` of a German page (so the page-level
 * rules see a complete document) and returns axe's violations of the WCAG
 * A/AA rules.
 */
export async function axeViolations(html: string, within?: Example['within']): Promise<Result[]> {
  const window = new Window({ url: 'https://lotse.example/' })
  try {
    const { document } = window
    document.documentElement.lang = 'de'
    document.title = 'Beispiel'
    const main = document.createElement('main')
    const parent = within ? document.createElement(within) : main
    if (parent !== main) main.append(parent)
    // Parsing the component's own output (not building markup): the DOM axe checks.
    parent.innerHTML = html
    document.body.append(main)
    window.eval(axeSource)
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const results: AxeResults = await axe.run(document as unknown as Document, {
      runOnly: { type: 'tag', values: WCAG_TAGS },
    })
    return results.violations
  } finally {
    await window.happyDOM.close()
  }
}

/** A readable list of violations for a failing test: rule, help text and the offending elements. */
export const describeViolations = (violations: Result[]): string[] =>
  violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.html).join(' | ')}`,
  )

/** Renders the example, checks it with axe, and returns the HTML for further assertions. */
export async function expectAccessibleExample(component: AstroComponent, example: Example): Promise<string> {
  const html = await renderExample(component, example)
  expect(html.trim(), `${example.name}: renders nothing`).not.toBe('')
  expect(describeViolations(await axeViolations(html, example.within)), example.name).toEqual([])
  return html
}

/** Parses rendered HTML into a DOM fragment for assertions on its structure. */
export function parse(html: string): DocumentFragment {
  const window = new Window()
  const template = window.document.createElement('template')
  template.innerHTML = html
  return template.content as unknown as DocumentFragment
}

/** One test per example: it renders and has no axe violations. */
export function itRendersEachExample(component: AstroComponent, examples: readonly Example[]): void {
  for (const example of examples) {
    it(`renders "${example.name}" without axe violations`, async () => {
      await expectAccessibleExample(component, example)
    })
  }
}
