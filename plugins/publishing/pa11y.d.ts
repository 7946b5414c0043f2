// pa11y 9 ships no type declarations: the part of its API Lotse uses.
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer'

  interface Pa11yIssue {
    code: string
    type: 'error' | 'warning' | 'notice'
    typeCode: number
    message: string
    context: string
    selector: string
    runner: string
  }

  interface Pa11yResults {
    documentTitle: string
    pageUrl: string
    issues: Pa11yIssue[]
  }

  interface Pa11yOptions {
    browser?: Browser
    page?: Page
    ignoreUrl?: boolean
    actions?: string[]
    runners?: string[]
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA'
    includeNotices?: boolean
    includeWarnings?: boolean
    timeout?: number
    wait?: number
    log?: { debug: (message: string) => void; error: (message: string) => void; info: (message: string) => void }
  }

  function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResults>
  export default pa11y
}
