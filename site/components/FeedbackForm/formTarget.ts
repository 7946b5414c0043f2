/** Id of the "Barriere melden" disclosure; links point to it. */
import { publicCmsUrl } from '../../../config.ts'

export const FEEDBACK_FORM_ID = 'barriere-melden'

/**
 * Where the CMS is reached from the citizen's browser (CMS_URL at build time);
 * the site's forms post there.
 */
export function cmsUrl(): string {
  return publicCmsUrl().replace(/\/$/, '')
}
