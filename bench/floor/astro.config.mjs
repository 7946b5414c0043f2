// The floor of the publish benchmark: a bare Astro project that renders as
// many pages, of the same average size, as the Lotse site, without any of its
// components. FLOOR_PAGES and FLOOR_BYTES are set by bench/publish.ts.
import { defineConfig } from 'astro/config'

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
})
