// The public site: Astro with the repository root as project root and the
// sources in site/. It reads only the published snapshot (see content-models/),
// named by LOTSE_SNAPSHOT_DIR; scripts/build-site.ts copies the uploads into
// /media/ and /videos/ and runs Pagefind afterwards.
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

/** Fails `astro build` at once, with the variable's name, when no snapshot is named. */
const requireSnapshot = {
  name: 'lotse:require-snapshot',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'build' && !process.env.LOTSE_SNAPSHOT_DIR) {
        throw new Error(
          'LOTSE_SNAPSHOT_DIR is not set. Set it to the snapshot folder written by "npm run export -- --out DIR", e.g. LOTSE_SNAPSHOT_DIR=/tmp/snapshot npx astro build',
        )
      }
    },
  },
}

/**
 * The publish pipeline names a cache folder per data folder: Astro then keeps
 * the pages of each build there and copies those whose cache key (see
 * site/lib/cacheKeys.ts) and template code are unchanged instead of rendering
 * them again. Without it (a plain `astro build`) every page is rendered.
 */
const incrementalCache = process.env.LOTSE_ASTRO_CACHE_DIR

export default defineConfig({
  srcDir: './site',
  ...(incrementalCache ? { cacheDir: incrementalCache } : {}),
  // Static files copied as they are (the embeddable card /embed/lotse.js).
  publicDir: './site/public',
  outDir: './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
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
  // (plugins/publish-pipeline/serve.ts, the nginx example in the README).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [requireSnapshot, mdx()],
  experimental: { incrementalBuild: Boolean(incrementalCache) },
})
