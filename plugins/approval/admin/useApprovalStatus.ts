'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useEffect, useState } from 'react'
import type { DescribedRequest } from '../endpoints.ts'

/** What GET /api/approval-requests/status answers. */
export interface ApprovalStatus {
  request: DescribedRequest | null
  hasDraft: boolean
  maySubmit: boolean
}

/** The window event the button fires after a submission, so the sidebar asks again. */
export const APPROVAL_CHANGED = 'lotse-approval-changed'

/** The address of one of the plugin's endpoints. */
export function useApprovalApi() {
  const { config } = useConfig()
  return useCallback(
    (path: string) =>
      formatAdminURL({ apiRoute: config.routes.api, serverURL: config.serverURL, path: `/approval-requests${path}` }),
    [config.routes.api, config.serverURL],
  )
}

/** POSTs JSON to an endpoint; the German message of a refusal becomes the error. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    throw new Error('Der Server ist nicht erreichbar. Bitte versuchen Sie es erneut.')
  }
  const answer = (await response.json().catch(() => ({}))) as T & { message?: string }
  if (!response.ok) throw new Error(answer.message ?? 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.')
  return answer
}

/**
 * The open document's approval status; asked again after a save or publish
 * (the document's updatedAt changes) and after a submission (APPROVAL_CHANGED).
 */
export function useApprovalStatus(): { status: ApprovalStatus | null; error: string | null } {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const api = useApprovalApi()
  const [status, setStatus] = useState<ApprovalStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [round, setRound] = useState(0)
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : ''
  const status_ = typeof savedDocumentData?._status === 'string' ? savedDocumentData._status : ''

  useEffect(() => {
    const again = () => setRound((n) => n + 1)
    window.addEventListener(APPROVAL_CHANGED, again)
    return () => window.removeEventListener(APPROVAL_CHANGED, again)
  }, [])

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const controller = new AbortController()
    const url = api(`/status?collection=${encodeURIComponent(collectionSlug)}&id=${encodeURIComponent(String(id))}`)
    fetch(url, { credentials: 'include', cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as ApprovalStatus & { message?: string }
        if (response.ok) {
          setStatus(body)
          setError(null)
        } else setError(body.message ?? 'Der Stand der Freigabe konnte nicht abgefragt werden.')
      })
      .catch(() => {
        if (!controller.signal.aborted) setError('Der Stand der Freigabe konnte nicht abgefragt werden.')
      })
    return () => controller.abort()
  }, [id, collectionSlug, api, savedAt, status_, round])

  return { status, error }
}
