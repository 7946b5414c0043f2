/**
 * An Astro adapter of Lotse's own: with LOTSE_RENDERER=1, `astro build` makes
 * a server bundle (entry.ts) instead of static pages, which the publish
 * pipeline keeps loaded in a worker process and asks for exactly the pages a
 * change affects. Written here because its whole job is these few lines: no
 * host, no HTTP server, only Astro's App rendering a Request to a Response.
 */
export function lotseRenderer() {
  return {
    name: 'lotse-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'lotse-renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./entry.ts', import.meta.url),
          supportedAstroFeatures: { staticOutput: 'stable', serverOutput: 'stable' },
        })
      },
    },
  }
}
