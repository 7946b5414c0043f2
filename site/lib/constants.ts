/**
 * Constants that link parts of the site which belong together.
 */

/** Id of the main content: the skip link points here and `<main>` carries it. */
export const MAIN_ID = 'inhalt'

/** Environment variable naming the snapshot folder the site is built from. */
export const SNAPSHOT_ENV = 'LOTSE_SNAPSHOT_DIR'

/** Time zone for dates shown on the site and for "today" on location pages. */
export const TIME_ZONE = 'Europe/Berlin'

/** The region every service of the portal serves (schema.org areaServed). */
export const AREA_SERVED = 'Rheinland'

/** Pagefind filter keys; their values are the visible titles (topic, department) or SPRACHNIVEAU values. */
export const FILTER = {
  topic: 'topic',
  department: 'department',
  sprachniveau: 'sprachniveau',
} as const

/** Values of the `sprachniveau` filter. */
export const SPRACHNIVEAU = {
  standard: 'Standard',
  easy: 'Leichte Sprache',
} as const

/** Where the feedback link ("Barriere melden") points until the feedback widget exists (part of the URL scheme). */
export { FEEDBACK_ANCHOR } from '../../content-models/urls.ts'
