'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useRef, useState } from 'react'

type Outcome = { ok: boolean; message: string } | null

/**
 * Publishers and admins (the view renders it for them, the endpoint checks
 * again): switches the site back to `target`, the previous release still on
 * disk, after a confirmation step, through POST /api/releases/rollback. The
 * view then lists the documents whose changes it took back (ReleasesTakeBack).
 * `refused`: a previous release exists, but rolling back would take back
 * other departments' changes.
 */
export function ReleasesRollbackButton({
  target,
  targetName,
  targetReason = null,
  takesBack = [],
  liveName,
  refused = false,
}: {
  target: string | null
  /** "Veröffentlichung vom 05.12.2026, 16:36 Uhr" (releaseNames.ts): staff do not read release ids. */
  targetName: string | null
  /** What that release was about ("„Beratung“ (Leistung) veröffentlicht"). */
  targetReason?: string | null
  /** The changes the rollback takes back, as "„Titel“ (Leistung) veröffentlicht". */
  takesBack?: string[]
  liveName: string | null
  refused?: boolean
}) {
  const { config } = useConfig()
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  async function rollback() {
    setBusy(true)
    setOutcome(null)
    const url = formatAdminURL({ apiRoute: config.routes.api, serverURL: config.serverURL, path: '/releases/rollback' })
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string }
      setOutcome({
        ok: response.ok,
        message: body.message ?? (response.ok ? 'Die Website wurde zurückgesetzt.' : 'Zurücksetzen nicht möglich.'),
      })
      if (response.ok) router.refresh()
    } catch {
      setOutcome({ ok: false, message: 'Der Server ist nicht erreichbar. Bitte versuchen Sie es noch einmal.' })
    } finally {
      setBusy(false)
      setConfirming(false)
    }
  }

  return (
    <div className="lotse-releases__rollback">
      <h2>Zurücksetzen</h2>
      {!target ? (
        <p>
          {refused
            ? `Die Website zeigt die ${liveName}. Zur vorherigen Veröffentlichung zurückzukehren nähme auch Änderungen anderer Dezernate zurück; das kann nur die Administration.`
            : liveName
              ? `Die Website zeigt die ${liveName}. Es gibt keine frühere Veröffentlichung mehr auf dem Server, zu der zurückgekehrt werden kann.`
              : 'Es ist noch keine Veröffentlichung live.'}
        </p>
      ) : (
        <p>
          Die Website zeigt die {liveName}. Sie können zur vorherigen {targetName} zurückkehren, zum Beispiel wenn mit
          der neuesten etwas nicht stimmt. Danach bietet Ihnen diese Seite an, die Inhalte, deren Änderungen damit
          zurückgenommen werden, auch im CMS auf die frühere Fassung zurückzusetzen, damit die nächste Veröffentlichung
          sie nicht wieder auf die Website bringt.
        </p>
      )}
      {!target ? null : !confirming ? (
        <button type="button" className="btn btn--style-secondary" onClick={() => setConfirming(true)} disabled={busy}>
          Auf vorherige Veröffentlichung zurücksetzen
        </button>
      ) : (
        <div role="group" aria-label="Zurücksetzen bestätigen">
          <p>
            Soll die Website wirklich wieder den Stand der {targetName} zeigen
            {targetReason ? ` (Anlass: ${targetReason})` : ''}?
          </p>
          {takesBack.length > 0 ? (
            <>
              <p id="lotse-rollback-takes-back">Damit verschwinden diese Änderungen wieder von der Website:</p>
              <ul aria-labelledby="lotse-rollback-takes-back">
                {takesBack.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Seitdem wurden keine Inhalte geändert; die Website sieht danach aus wie jetzt.</p>
          )}
          <button
            ref={confirmRef}
            type="button"
            className="btn btn--style-primary"
            onClick={() => void rollback()}
            disabled={busy}
          >
            {busy ? 'Wird zurückgesetzt …' : `Ja, zur ${targetName} zurückkehren`}
          </button>{' '}
          <button
            type="button"
            className="btn btn--style-secondary"
            onClick={() => setConfirming(false)}
            disabled={busy}
          >
            Abbrechen
          </button>
        </div>
      )}
      <p role={outcome && !outcome.ok ? 'alert' : 'status'}>{outcome?.message}</p>
    </div>
  )
}
