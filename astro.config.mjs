// The public site: Astro with the repository root as project root and the
// sources in site/. It reads only the published snapshot (see content-models/).
//
// Two ways to build it:
// - `astro build` with LOTSE_SNAPSHOT_DIR: the static site of one snapshot.
// - `astro build` with LOTSE_RENDERER=1: the on-demand renderer the publish
//   pipeline keeps running (site/renderer/), which renders exactly the pages
//   a change affects, byte for byte as the static build would.
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import { lotseRenderer } from './site/renderer/adapter.mjs'
import { publicSiteUrl, settings } from './config.ts'

const renderer = settings.LOTSE_RENDERER === '1'

/** Fails a static `astro build` at once, with the variable's name, when no snapshot is named. */
const requireSnapshot = {
  name: 'lotse:require-snapshot',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'build' && !renderer && !settings.LOTSE_SNAPSHOT_DIR) {
        throw new Error(
          'LOTSE_SNAPSHOT_DIR is not set. Set it to the snapshot folder written by "npm run export -- --out DIR", e.g. LOTSE_SNAPSHOT_DIR=/tmp/snapshot npx astro build',
        )
      }
    },
  },
}

export default defineConfig({
  srcDir: './site',
  // Static files copied as they are (the embeddable card /embed/lotse.js).
  publicDir: './site/public',
  outDir: './dist',
  site: publicSiteUrl(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One small stylesheet, linked from every page and cached once.
    inlineStylesheets: 'never',
  },
  // Nothing is fetched ahead: no requests the visitor did not ask for.
  prefetch: false,
  // Every script and asset stays a file (Astro inlines small scripts below this limit): the
  // site's Content-Security-Policy allows scripts from the site itself only, no inline ones
  // (plugins/publishing/serve.ts, the nginx example in the README).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [requireSnapshot, mdx()],
  ...(renderer ? { output: 'server', adapter: lotseRenderer() } : {}),
})
