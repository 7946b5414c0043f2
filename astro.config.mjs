// The public site: Astro with the repository root as project root and the
// sources in site/. It reads only the published snapshot (see content-models/).
import { defineConfig } from 'astro/config'

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
})
