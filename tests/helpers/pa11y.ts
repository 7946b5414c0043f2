import { A11yBrowser, type A11yTarget } from '../../plugins/publishing/a11y-browser.ts'

export interface Pa11yTestReport {
  /** Pages checked. */
  total: number
  /** Issues over all pages (pages that could not be checked count as one each). */
  errors: number
  /** Per page with issues, one readable block for the assertion. */
  failing: string[]
}

/**
 * pa11y with the publish gate's settings (axe and HTML_CodeSniffer, WCAG 2 AA,
 * errors only, no rule ignored) over `targets`, in one Debian Chromium.
 */
export async function pa11y(targets: A11yTarget[]): Promise<Pa11yTestReport> {
  const browser = await A11yBrowser.launch()
  try {
    const results = await browser.all(targets, (target) => browser.pa11y(target))
    const failing: string[] = []
    let errors = 0
    for (const result of results) {
      if ('error' in result) {
        errors++
        failing.push(`${result.url}\n  not checked: ${result.error}`)
      } else if (result.issues.length) {
        errors += result.issues.length
        failing.push(
          `${result.url}\n${result.issues.map((i) => `  [${i.runner}] ${i.code}: ${i.message} (${i.selector})`).join('\n')}`,
        )
      }
    }
    return { total: results.length, errors, failing }
  } finally {
    await browser.close()
  }
}

/**
 * A view of the admin as a logged-in person sees it, for `pa11y()`: their
 * session (`token`, from tests/helpers/adminBrowser.ts `apiToken`) as the
 * admin's cookie before the page loads, then pa11y waits for `ready` (a CSS
 * selector of the view's own content: the admin renders on the client).
 * `init` runs before the page's scripts, in its frames too.
 */
export function adminView(url: string, token: string, ready: string, init?: string): A11yTarget {
  return {
    url,
    cookies: [{ name: 'payload-token', value: token }],
    actions: [`wait for element ${ready} to be visible`],
    ...(init ? { init } : {}),
  }
}
