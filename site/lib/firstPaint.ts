/**
 * The one inline script of the site, run before the first paint: it tells
 * the stylesheet what the islands will be able to do (JavaScript at all,
 * locating, reading aloud), so that nothing moves when they start. Everything
 * else runs from files. The site's Content-Security-Policy allows exactly this
 * text by its hash (plugins/publishing/serve.ts), so it must not vary.
 */
import { createHash } from 'node:crypto'

export const firstPaintScript = [
  "document.documentElement.classList.add('js')",
  "if ('geolocation' in navigator && window.isSecureContext !== false) document.documentElement.classList.add('can-locate')",
  "if ('speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) document.documentElement.classList.add('can-speak')",
].join('\n')

/** The CSP source that allows the script: `'sha256-…'`. */
export const firstPaintScriptHash = `'sha256-${createHash('sha256').update(firstPaintScript).digest('base64')}'`
