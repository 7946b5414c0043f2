/**
 * What the checks of a release (accessibility gate, link check) report, in
 * the shape stored in the `findings` field of a `releases` record.
 */

/** One problem on a page: a pa11y issue, or a broken link. */
export interface Issue {
  /** pa11y's rule code (e.g. `WCAG2AA.Principle1.Guideline1_1.1_1_1.H37`, `image-alt`) or `broken-link`. */
  code: string
  /** German or English, as the checker words it. */
  message: string
  /** A CSS selector of the element. */
  selector: string
  /** pa11y: `error` (the gate only reports errors). */
  type?: string
  /** pa11y: `axe` or `htmlcs`. */
  runner?: string
  /** pa11y: the element's HTML (shortened), to find it in the content and quote it. */
  context?: string
}

/** The problems found on one page, named by its path below the site root (`/leistungen/x/`). */
export interface Finding {
  page: string
  issues: Issue[]
}

/** What a check step tells the release record, whether it passed or failed. */
export interface CheckReport {
  pagesChanged?: number
  pagesChecked?: number
  /** List pages checked as their changed entries in the page's frame (gate.ts: changedEntries). */
  pagesCheckedAsChanges?: number
  findings: Finding[]
  warnings: string[]
}

/** A check found problems: the release must not go live. */
export class ChecksFailed extends Error {
  constructor(
    message: string,
    readonly report: CheckReport,
  ) {
    super(message)
    this.name = 'ChecksFailed'
  }
}

/** The number of issues over all findings. */
export const issueCount = (findings: Finding[]) => findings.reduce((n, f) => n + f.issues.length, 0)

/** The site path of a page file in a release: `leistungen/x/index.html` → `/leistungen/x/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  const posix = file.split('\\').join('/')
  if (posix === 'index.html') return '/'
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`
  return `/${posix}`
}
