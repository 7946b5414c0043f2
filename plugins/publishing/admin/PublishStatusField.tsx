'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useId, useState } from 'react'
import { describeDraft, describePublishStatus, isPending, type PublishStatusResult } from '../publishStatus.ts'
import { releasesPath } from './paths.ts'

/** How often the status is asked for while a build waits or runs, and otherwise. */
const PENDING_POLL_MS = 1000
const IDLE_POLL_MS = 10_000

type Loaded = { result: PublishStatusResult } | { error: string } | null

/**
 * Sidebar of every published collection's edit view: whether the document's
 * latest publish is live on the website, still waiting or building, failed
 * (and why), refused by the checks (with their findings), or rolled back. Asks GET /api/releases/status, more often while
 * a build is pending; the text sits in a live region so screen readers
 * announce a change.
 */
export const PublishStatusField: UIFieldClientComponent = () => {
  const { config } = useConfig()
  const { id, collectionSlug, savedDocumentData, versionCount } = useDocumentInfo()
  const headingId = useId()
  const [loaded, setLoaded] = useState<Loaded>(null)
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : ''

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      serverURL: config.serverURL,
      path: `/releases/status?collection=${encodeURIComponent(collectionSlug)}&id=${encodeURIComponent(String(id))}`,
    })
    const load = async () => {
      let next: Loaded
      try {
        const response = await fetch(url, { credentials: 'include', signal: controller.signal, cache: 'no-store' })
        const body = (await response.json()) as PublishStatusResult & { message?: string }
        next = response.ok ? { result: body } : { error: body.message ?? 'Der Stand konnte nicht abgefragt werden.' }
      } catch {
        if (controller.signal.aborted) return
        next = { error: 'Der Stand auf der Website konnte nicht abgefragt werden. Es wird erneut versucht.' }
      }
      setLoaded(next)
      const pending = 'result' in next && isPending(next.result.status)
      timer = setTimeout(load, pending ? PENDING_POLL_MS : IDLE_POLL_MS)
    }
    void load()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
    // A save or publish changes savedAt/versionCount: ask again at once.
  }, [id, collectionSlug, config.routes.api, config.serverURL, savedAt, versionCount])

  if (id === undefined || id === null) return null
  const releases = formatAdminURL({
    adminRoute: config.routes.admin,
    path: releasesPath,
    serverURL: undefined,
    relative: true,
  })
  const state = loaded && 'result' in loaded ? loaded.result.status.state : 'loading'
  const draft = loaded && 'result' in loaded ? describeDraft(loaded.result) : null
  const refused = loaded && 'result' in loaded && loaded.result.status.state === 'refused' ? loaded.result.status : null

  return (
    <section className="lotse-publish-status" aria-labelledby={headingId} data-state={state}>
      <h3 id={headingId} className="lotse-publish-status__heading">
        Stand auf der Website
      </h3>
      <p role="status" className="lotse-publish-status__text">
        {!loaded
          ? 'Der Stand wird abgefragt …'
          : 'error' in loaded
            ? loaded.error
            : describePublishStatus(loaded.result)}
      </p>
      {refused && refused.findings.length > 0 && (
        <ul className="lotse-publish-status__findings" aria-label="Was die Prüfung gefunden hat">
          {refused.findings.map((finding, i) => (
            <li key={i}>{finding}</li>
          ))}
        </ul>
      )}
      {draft && <p className="lotse-publish-status__draft">{draft}</p>}
      <p className="lotse-publish-status__link">
        <a href={releases}>Alle Veröffentlichungen</a>
      </p>
    </section>
  )
}
