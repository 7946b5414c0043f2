'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'
import type { TakeBackOverview, TakenBackDoc } from '../takeBack.ts'
import { releaseName, takeBackAllQuestion, takeBackQuestion } from '../releaseNames.ts'

type Outcome = { ok: boolean; message: string } | null

const actionLabel = (doc: TakenBackDoc) =>
  doc.action === 'restore' ? 'Frühere Fassung wiederherstellen' : doc.action === 'unpublish' ? 'Zurückziehen' : null

/**
 * After a rollback: the documents whose changes it took back, which are still
 * published in the CMS (the next publish of anything would bring them back).
 * Each gets "Frühere Fassung wiederherstellen" (the version live in the
 * release the site went back to) or "Zurückziehen" (not live then), and all
 * at once "Alle wiederherstellen", through POST /api/releases/take-back,
 * which runs them through Payload as the user, each after a confirmation
 * naming the documents and what happens. Buttons only where the user may
 * publish (the endpoint checks again).
 */
export function ReleasesTakeBack({ overview }: { overview: TakeBackOverview }) {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const adminUrl = (path: `/${string}`) =>
    formatAdminURL({ adminRoute: config.routes.admin, path, serverURL: undefined, relative: true })
  const allowed = overview.docs.filter((d) => d.allowed)

  async function send(key: string, body: Record<string, unknown>, question: string) {
    if (!window.confirm(question)) return
    setBusy(key)
    setOutcome(null)
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      serverURL: config.serverURL,
      path: '/releases/take-back',
    })
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as { message?: string }
      setOutcome({
        ok: response.ok,
        message: answer.message ?? (response.ok ? 'Erledigt.' : 'Das war nicht möglich.'),
      })
      router.refresh()
    } catch {
      setOutcome({ ok: false, message: 'Der Server ist nicht erreichbar. Bitte versuchen Sie es noch einmal.' })
    } finally {
      setBusy(null)
    }
  }

  // Nothing (left) to do: nothing to show, unless it answers the click that did the last one.
  if (overview.docs.length === 0 && !outcome) return null
  return (
    <section className="lotse-releases__take-back" aria-labelledby="lotse-take-back-heading">
      <h2 id="lotse-take-back-heading">Zurückgenommene Änderungen</h2>
      {overview.docs.length === 0 ? (
        <p>
          Die Website wurde auf die {releaseName(overview.target)} zurückgesetzt. Alle Änderungen, die das Zurücksetzen
          zurückgenommen hat, sind auch im CMS erledigt.
        </p>
      ) : (
        <>
          <p>
            Die Website zeigt wieder die {releaseName(overview.target)}. Die folgenden Inhalte sind im CMS aber noch in
            der zurückgenommenen Fassung veröffentlicht: Die nächste Veröffentlichung, gleich von welchem Inhalt,
            brächte sie wieder auf die Website. Stellen Sie die frühere Fassung wieder her oder ziehen Sie Inhalte
            zurück, die es damals noch nicht gab.
          </p>
          <ul className="lotse-releases__take-back-list">
            {overview.docs.map((doc) => {
              const key = `${doc.collection}/${doc.id}`
              const label = actionLabel(doc)
              return (
                <li key={key}>
                  {doc.action === 'deleted' ? (
                    <span>{doc.title}</span>
                  ) : (
                    <a href={adminUrl(`/collections/${doc.collection}/${doc.id}`)}>{doc.title}</a>
                  )}{' '}
                  ({doc.collectionLabel}, {doc.change})
                  {doc.action === 'deleted' ? (
                    ' – inzwischen gelöscht, kann hier nicht wiederhergestellt werden.'
                  ) : doc.allowed && label ? (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="btn btn--style-secondary btn--size-small"
                        aria-label={`${label}: ${doc.title}`}
                        disabled={busy !== null}
                        onClick={() =>
                          void send(key, { collection: doc.collection, id: doc.id }, takeBackQuestion(doc))
                        }
                      >
                        {busy === key ? 'Wird ausgeführt …' : label}
                      </button>
                    </>
                  ) : (
                    ' – nur Personen mit Veröffentlichungsrecht in diesem Dezernat können das ändern.'
                  )}
                </li>
              )
            })}
          </ul>
          {allowed.length > 0 && (
            <button
              type="button"
              className="btn btn--style-primary"
              disabled={busy !== null}
              onClick={() => void send('all', { all: true }, takeBackAllQuestion(allowed))}
            >
              {busy === 'all' ? 'Wird ausgeführt …' : 'Alle wiederherstellen'}
            </button>
          )}
        </>
      )}
      <p role={outcome && !outcome.ok ? 'alert' : 'status'}>{outcome?.message}</p>
    </section>
  )
}
