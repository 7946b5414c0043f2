'use client'
import { useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'
import type { Finding } from '../findings.ts'
import type { PreviewChecks } from '../preview.ts'

/** How often the panel asks whether the checks are done. */
const POLL_MS = 1500

function PageFindings({ findings, none }: { findings: Finding[]; none: string }) {
  if (!findings.length) return <p>{none}</p>
  return (
    <ul>
      {findings.map((finding) =>
        finding.issues.map((issue, i) => (
          <li key={`${finding.page}-${i}`}>
            <strong>{finding.page}:</strong> {issue.message}
            {issue.selector ? (
              <>
                {' '}
                (Stelle: <code>{issue.selector}</code>)
              </>
            ) : null}
          </li>
        )),
      )}
    </ul>
  )
}

/**
 * The checks beside the preview: accessibility (pa11y, as the publish gate
 * runs it), links, and for texts in Leichte Sprache the rule checker. The
 * page is shown first; while the checks run the panel says so and asks the
 * API again until they are done.
 */
export function PreviewFindings({
  collection,
  id,
  initial,
}: {
  collection: string
  id: string
  initial: PreviewChecks
}) {
  const { config } = useConfig()
  const [checks, setChecks] = useState(initial)
  const [failed, setFailed] = useState<string | null>(null)
  useEffect(() => {
    if (checks.status === 'done') return
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      serverURL: config.serverURL,
      path: `/vorschau/befunde?${new URLSearchParams({ collection, id })}`,
    })
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(url, { credentials: 'include', signal: controller.signal })
        const body = (await response.json()) as PreviewChecks & { message?: string }
        if (!response.ok) setFailed(body.message ?? 'Die Prüfungen konnten nicht abgerufen werden.')
        else setChecks(body)
      } catch {
        if (!controller.signal.aborted) setFailed('Die Prüfungen konnten nicht abgerufen werden.')
      }
    }, POLL_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [checks, collection, id, config.routes.api, config.serverURL])

  const running = checks.status === 'running' && !failed
  return (
    <div className="lotse-preview__findings" aria-busy={running}>
      <p role="status">
        {failed ??
          (running ? 'Die Seite wird geprüft …' : checks.error ? checks.error : 'Die Prüfungen sind abgeschlossen.')}
      </p>
      <h3>Barrierefreiheit (WCAG 2 AA)</h3>
      {checks.a11y ? (
        <PageFindings findings={checks.a11y} none="Keine Fehler gefunden." />
      ) : (
        <p>{running ? 'wird geprüft' : 'nicht geprüft'}</p>
      )}
      <h3>Links</h3>
      {checks.links ? (
        <PageFindings findings={checks.links} none="Alle Links der Seite führen zu vorhandenen Seiten." />
      ) : (
        <p>{running ? 'wird geprüft' : 'nicht geprüft'}</p>
      )}
      {checks.easyLanguage && (
        <>
          <h3>Leichte Sprache</h3>
          {checks.easyLanguage.length ? (
            <ul>
              {checks.easyLanguage.map((finding, i) => (
                <li key={i}>
                  <strong>{finding.severity === 'error' ? 'Fehler' : 'Hinweis'}</strong> bei „{finding.excerpt}“:{' '}
                  {finding.message}
                  {finding.suggestion ? ` ${finding.suggestion}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>Keine Befunde.</p>
          )}
        </>
      )}
      {checks.warnings.length > 0 && (
        <>
          <h3>Hinweise</h3>
          <ul>
            {checks.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
