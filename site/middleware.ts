/**
 * Notes an error a page throws while the publish pipeline's renderer renders
 * it (lib/renderContext.ts), so the release record can say what broke: the
 * response itself is only a 500. Does nothing else.
 */
import { defineMiddleware } from 'astro:middleware'
import { noteRenderError } from './lib/renderContext.ts'

export const onRequest = defineMiddleware(async (_context, next) => {
  try {
    return await next()
  } catch (error) {
    noteRenderError(error)
    throw error
  }
})
