import path from 'node:path'
import { runPa11yCi, type Pa11yReport, type Pa11yUrl } from '../../plugins/publish-pipeline/gate.ts'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * pa11y-ci with the publish pipeline's settings (axe and HTML_CodeSniffer,
 * WCAG 2 AA, no rule ignored, Debian's Chromium) over `urls`. Returns the
 * report and, per page with issues, one readable block for the assertion.
 */
export async function pa11y(urls: Pa11yUrl[]): Promise<Pa11yReport & { failing: string[] }> {
  const report = await runPa11yCi(urls, { root })
  const failing = Object.entries(report.results)
    .filter(([, issues]) => issues.length > 0)
    .map(
      ([url, issues]) =>
        `${url}\n${issues
          .map((i) => ('code' in i ? `  [${i.runner}] ${i.code}: ${i.message} (${i.selector})` : `  ${i.message}`))
          .join('\n')}`,
    )
  return { ...report, failing }
}
