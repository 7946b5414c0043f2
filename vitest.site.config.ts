// Component tests of the Astro site (site/components/**/*.astro.test.ts):
// they import .astro files, so they run with Astro's Vite configuration and
// render through Astro's container API.
import { getViteConfig } from 'astro/config'
import { testWorkers } from './tests/setup/workers.ts'

export default getViteConfig({
  test: {
    name: 'site',
    include: ['site/components/**/*.astro.test.ts'],
    maxWorkers: testWorkers,
  },
})
