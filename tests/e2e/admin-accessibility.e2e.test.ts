import { createRequire } from 'node:module'
import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { apiToken } from '../helpers/adminBrowser.ts'
import { hasChromium } from '../helpers/browser.ts'
import { adminView, pa11y } from '../helpers/pa11y.ts'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'

// pa11y's own axe, for the preview's frame (axe in a frame answers only the same version in the page).
const axeSource = (createRequire(createRequire(import.meta.url).resolve('pa11y'))('axe-core') as { source: string })
  .source

/**
 * Issue 16: "pa11y (WCAG2AA) reports 0 errors on the admin's dashboard, list,
 * edit, preview and approval views as the editor sees them". pa11y as the
 * publish gate runs it (tests/helpers/pa11y.ts: axe and HTML_CodeSniffer,
 * errors only, axe's "needs review" as errors, no rule ignored) on the whole
 * page, Payload's own navigation, header and fields included, in the
 * production admin as an editor of one department is logged in.
 */
describe.skipIf(!hasChromium)('the admin as the editor sees it passes pa11y (WCAG 2 AA)', () => {
  let stack: Stack
  let editor: DemoLogin
  let token: string
  /** A service of the editor's department that the other browser tests leave alone (they take the first or last). */
  let service: { id: number }

  beforeAll(async () => {
    stack = await sharedStack()
    editor = stack.logins.find((l) => l.role === 'editor')!
    token = await apiToken(stack.cmsUrl, editor)
    const api = async <T>(route: string) => (await (await fetch(`${stack.cmsUrl}/api${route}`)).json()) as T
    const dept = (
      await api<{ docs: { id: number }[] }>(`/departments?where[slug][equals]=${editor.departments![0]}&depth=0`)
    ).docs[0]
    const services = (
      await api<{ docs: { id: number }[] }>(`/services?where[department][equals]=${dept.id}&sort=name&limit=3&depth=0`)
    ).docs
    service = services[services.length - 1]
    expect(service).toBeDefined()
  })

  afterAll(async () => {
    await stack?.stop()
  })

  /**
   * pa11y once the view's own content (`ready`) shows in the hydrated admin: Payload marks its template hydrated
   * (`template-default--nav-hydrated`) once its client code runs, and with it the repair of its markup
   * (cms/components/admin/AccessibleAdmin.tsx); the server's HTML shows before either.
   */
  async function check(route: string, ready: string, init?: string) {
    const hydrated = `.template-default--nav-hydrated ${ready}`
    const report = await pa11y([adminView(`${stack.cmsUrl}${route}`, token, hydrated, init)])
    expect(report.failing.join('\n\n')).toBe('')
    expect(report.errors).toBe(0)
    expect(report.total).toBe(1)
  }

  it('the dashboard', async () => {
    await check('/admin', '.lotse-dashboard')
  })

  it('the services list (on the editor’s department)', async () => {
    await check('/admin/collections/services', '.lotse-department-scope')
  })

  it('the edit view of a service of the editor’s department', async () => {
    // The rich-text editor is the last to render.
    await check(`/admin/collections/services/${service.id}`, '.ContentEditable__root')
  })

  it('the preview of that service, the page in its frame included', async () => {
    // axe checks a frame's content only where axe runs too: loaded into the frame before its page (`init` runs in
    // the page's frames as well).
    await check(
      `/admin/vorschau/services/${service.id}`,
      '.lotse-preview__findings',
      `if (window.top !== window) { ${axeSource} }`,
    )
  })

  it('the approval queue', async () => {
    await check('/admin/freigaben', '.lotse-approval-queue')
  })
})
