/**
 * The booking pages' stylesheet, one source: pages.css beside this file,
 * read once when the module loads and sent inline in each page (the pages
 * are served by the CMS, which cannot link the site's hashed stylesheet, and
 * their policy loads nothing from elsewhere). Not the site's global.css: that
 * one styles the site's header, navigation and components (20 KB, other
 * classes and colours); these pages have a form, a few messages and their
 * own small look.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const pageStyles = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages.css'), 'utf8')

/** The CSP source that allows exactly this stylesheet inline ('sha256-…'). */
export const pageStylesSource = `'sha256-${createHash('sha256').update(pageStyles, 'utf8').digest('base64')}'`
