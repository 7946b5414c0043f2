/**
 * The server entry of the on-demand renderer (see adapter.mjs): what the
 * publish pipeline's render worker (worker.mjs) calls in the built bundle.
 */
import { createApp } from 'astro/app/entrypoint'
import { readSnapshot } from '../lib/snapshot.ts'
import { renderOutputs, type RenderOptions } from './render.ts'

const app = createApp({ streaming: false })

export { readSnapshot }

/** Renders the outputs of a release (see render.ts) with this build of the site. */
export function renderRelease(options: Omit<RenderOptions, 'render'>) {
  return renderOutputs({ ...options, render: (request) => app.render(request) })
}
