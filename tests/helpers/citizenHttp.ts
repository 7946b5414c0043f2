/**
 * Requests as a citizen's browser (or an attacker) sends them to the public
 * endpoints: from the site's origin, from a client address of their own, as
 * JSON or as a posted form. Used by the appointments and feedback suites.
 */
import type { CollectionSlug, Payload } from 'payload'
import { expect } from 'vitest'

/** The site's origin the endpoints allow in the tests. */
export const SITE = 'http://127.0.0.1:4321'

let clients = 0
/** A new client address per call, so the rate limiters of other tests do not interfere. */
export const nextClient = () => `203.0.113.${++clients % 250}, 10.0.${Math.floor(clients / 250)}.${clients % 250}`

export type AnswerBody = { message?: string; errors?: { field: string; message: string }[]; [k: string]: unknown }

export interface PostOptions {
  /** The Origin header; null sends none (default: the site). */
  origin?: string | null
  /** As a form post (application/x-www-form-urlencoded) instead of JSON. */
  form?: boolean
  /** The client address (default: a new one). */
  ip?: string
  /** The body as sent, instead of `body` encoded. */
  raw?: string
  /** The Content-Type header, instead of the one `form` implies. */
  type?: string
}

/** POSTs to `baseUrl + path`; the answer's status, headers, text and (if any) JSON. */
export async function citizenPost(baseUrl: string, path: string, body: unknown, options: PostOptions = {}) {
  const headers: Record<string, string> = { 'x-forwarded-for': options.ip ?? nextClient() }
  if (options.origin !== null) headers.origin = options.origin ?? SITE
  headers['content-type'] = options.type ?? (options.form ? 'application/x-www-form-urlencoded' : 'application/json')
  const encoded =
    options.raw ??
    (options.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body))
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: encoded, redirect: 'manual' })
  const text = await response.text()
  let json: AnswerBody = {}
  try {
    json = JSON.parse(text) as AnswerBody
  } catch {
    // HTML or empty
  }
  return { status: response.status, headers: response.headers, text, json }
}

/** Sends a bad request and checks its status, that nothing was stored in `collection` and no script came back. */
export async function citizenRefused(
  payload: Payload,
  collection: CollectionSlug,
  baseUrl: string,
  status: number,
  path: string,
  body: unknown,
  options: PostOptions = {},
) {
  const count = async () => (await payload.count({ collection, overrideAccess: true })).totalDocs
  const before = await count()
  const answer = await citizenPost(baseUrl, path, body, options)
  expect(answer.status, answer.text).toBe(status)
  expect(await count()).toBe(before)
  expect(answer.text).not.toMatch(/<script/i)
  return answer
}
