/**
 * Puppeteer (pulled in by pa11y) never downloads a browser of its own: Lotse
 * uses the system's Chromium (Debian's `chromium`, found through CHROME_PATH).
 * Puppeteer reads this file during `npm install`, so nobody has to set
 * PUPPETEER_SKIP_DOWNLOAD by hand.
 */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
  firefox: { skipDownload: true },
}
