/**
 * POST /api/feedback: the "Barriere melden" form on every page of the site.
 * JSON (the enhancing script) gets JSON back; a plain form post is redirected
 * (303) to the site's static thank-you or error page, which echo nothing.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { z } from 'zod'
import { checkFeedbackLimits } from '../../cms/lib/dailyLimits.ts'
import { answerDeadline } from './deadline.ts'
import {
  PublicEndpointError,
  guardPost,
  json,
  logFailure,
  plainText,
  preflight,
  redirect,
  siteUrl,
  wantsHtml,
} from '../../cms/lib/publicEndpoint.ts'
import { RateLimiter } from '../../cms/lib/rateLimit.ts'

/** Ten reports per client and 10 minutes: plenty for a person, little for a script. */
export const feedbackLimiter = new RateLimiter({ limit: 10, windowMs: 10 * 60_000 })

const messages: Record<string, string> = {
  problem: 'Bitte beschreiben Sie die Barriere (höchstens 5000 Zeichen).',
  pageUrl: 'Die Adresse der Seite fehlt oder gehört nicht zu dieser Website.',
  name: 'Ihr Name darf höchstens 200 Zeichen lang sein.',
  email:
    'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de, oder lassen Sie das Feld leer.',
}

/** The page path on the site ("/leistungen/x/"); full addresses must point to the site. */
const pagePath = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .transform((value, ctx) => {
    try {
      const url = new URL(value, siteUrl())
      if (url.origin !== new URL(siteUrl()).origin) throw new Error('foreign')
      return url.pathname
    } catch {
      ctx.addIssue({ code: 'custom', message: messages.pageUrl })
      return z.NEVER
    }
  })

export const feedbackSchema = z.object({
  problem: plainText(5000).pipe(z.string().min(3)),
  pageUrl: pagePath,
  name: plainText(200).optional().default(''),
  email: z
    .union([z.literal(''), z.email().max(254)])
    .optional()
    .default(''),
})

/** Where each kind of site page's content comes from (path prefix → collection). */
const owners: {
  prefix: string
  collection: 'services' | 'locations' | 'pages' | 'easy-language-texts' | 'video-tutorials'
}[] = [
  { prefix: '/leistungen/', collection: 'services' },
  { prefix: '/standorte/', collection: 'locations' },
  { prefix: '/seiten/', collection: 'pages' },
  { prefix: '/leichte-sprache/', collection: 'easy-language-texts' },
  { prefix: '/videos/', collection: 'video-tutorials' },
]

/** The department owning the page at `path`, or null (then only admins see the report). */
export async function departmentForPage(payload: Payload, path: string): Promise<number | string | null> {
  const department = path.match(/^\/dezernate\/([a-z0-9-]+)\/$/)
  if (department) {
    const found = await payload.find({
      collection: 'departments',
      where: { slug: { equals: department[1] } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return found.docs[0]?.id ?? null
  }
  for (const { prefix, collection } of owners) {
    const slug = path.startsWith(prefix) ? path.slice(prefix.length).match(/^([a-z0-9-]+)\/$/)?.[1] : undefined
    if (!slug) continue
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const owner = (found.docs[0] as { department?: number | string | { id: number | string } } | undefined)?.department
    if (owner != null) return typeof owner === 'object' ? owner.id : owner
  }
  return null
}

async function receiveFeedback(req: PayloadRequest): Promise<Response> {
  const html = wantsHtml(req)
  try {
    const data = await guardPost({ req, limiter: feedbackLimiter, schema: feedbackSchema, messages })
    await checkFeedbackLimits(req.payload, data.pageUrl)
    const receivedAt = new Date()
    await req.payload.create({
      collection: 'feedback',
      overrideAccess: true,
      depth: 0,
      data: {
        problem: data.problem,
        pageUrl: data.pageUrl,
        name: data.name || undefined,
        email: data.email || undefined,
        status: 'neu',
        receivedAt: receivedAt.toISOString(),
        deadline: answerDeadline(receivedAt).toISOString(),
        department: ((await departmentForPage(req.payload, data.pageUrl)) ?? undefined) as number | undefined,
      },
    })
    if (html) return redirect(req, `${siteUrl()}/barriere-melden/danke/`)
    return json(req, 201, {
      message: 'Vielen Dank! Ihre Meldung ist bei uns angekommen. Wir antworten innerhalb eines Monats.',
    })
  } catch (error) {
    const known = error instanceof PublicEndpointError
    if (!known) logFailure(req, 'POST /api/feedback', error)
    // A foreign origin gets no redirect into the site, only the refusal.
    if (html && !(known && error.status === 403)) return redirect(req, `${siteUrl()}/barriere-melden/fehler/`)
    if (known) return error.toResponse(req)
    return json(req, 500, {
      message: 'Ihre Meldung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es später noch einmal.',
      errors: [],
    })
  }
}

export const feedbackEndpoints: Endpoint[] = [
  { path: '/', method: 'post', handler: receiveFeedback },
  { path: '/', method: 'options', handler: preflight },
]
