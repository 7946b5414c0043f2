'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { APPROVAL_CHANGED, postJson, useApprovalApi, useApprovalStatus } from './useApprovalStatus.ts'

/**
 * "Zur Freigabe einreichen" beside the edit view's save buttons (editors,
 * and publishers who want a second pair of eyes): a dialog asks what
 * changed (required), saves unsaved changes as a draft first, then submits
 * the draft (POST /api/approval-requests/submit). Hidden while the document
 * waits, and when it has no draft to submit. A native <dialog>: it keeps the
 * focus inside, closes on Escape and returns the focus to the button. It is
 * rendered into <body>, outside the edit view's form and its controls bar.
 */
export function SubmitForApproval() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const { submit } = useForm()
  const { status } = useApprovalStatus()
  const api = useApprovalApi()
  const dialog = useRef<HTMLDialogElement>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const fieldId = useId()
  const errorId = useId()
  // The dialog is rendered into <body> once mounted (see below).
  const [body, setBody] = useState<HTMLElement | null>(null)
  useEffect(() => setBody(document.body), [])

  if (id === undefined || id === null || !collectionSlug || !status?.maySubmit) return null
  const state = status.request?.state
  if (state === 'waiting' || (!status.hasDraft && !modified)) return null
  const label = state === 'returned' ? 'Erneut zur Freigabe einreichen' : 'Zur Freigabe einreichen'

  const send = async () => {
    if (!comment.trim()) {
      setError('Bitte beschreiben Sie, was sich geändert hat.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      if (modified) {
        const action = formatAdminURL({
          apiRoute: config.routes.api,
          path: `/${collectionSlug}/${id}?depth=0&fallback-locale=null&draft=true`,
        })
        const saved = await submit({ action, method: 'PATCH', overrides: { _status: 'draft' }, skipValidation: true })
        if (!saved?.res?.ok)
          throw new Error('Der Entwurf konnte nicht gespeichert werden. Bitte prüfen Sie die markierten Felder.')
      }
      await postJson(api('/submit'), { collection: collectionSlug, id, comment })
      dialog.current?.close()
      setComment('')
      toast.success('Der Entwurf wurde zur Freigabe eingereicht.')
      window.dispatchEvent(new Event(APPROVAL_CHANGED))
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {/* An opaque background: the controls bar's translucent layer (a pseudo-element) leaves the button's
          contrast undecidable for accessibility checkers otherwise. */}
      <style>{'.lotse-submit-for-approval.btn--style-secondary { --bg-color: var(--theme-bg); }'}</style>
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        className="lotse-submit-for-approval"
        id="lotse-submit-for-approval"
        onClick={() => {
          setError(null)
          dialog.current?.showModal()
        }}
      >
        {label}
      </Button>
      {body &&
        createPortal(
          <dialog
            ref={dialog}
            aria-labelledby={titleId}
            className="lotse-approval-dialog"
            style={{
              maxWidth: '36rem',
              width: 'calc(100% - 2rem)',
              padding: 'var(--base)',
              border: '1px solid var(--theme-elevation-400)',
              background: 'var(--theme-bg)',
              color: 'var(--theme-text)',
            }}
          >
            <div>
              <h2 id={titleId} style={{ marginTop: 0 }}>
                {label}
              </h2>
              <p>
                Eine Person der Veröffentlichung Ihres Dezernats prüft den Entwurf und veröffentlicht ihn oder gibt ihn
                mit einem Kommentar an Sie zurück.
                {modified && ' Ihre ungespeicherten Änderungen werden vorher als Entwurf gespeichert.'}
              </p>
              <label
                htmlFor={fieldId}
                style={{ display: 'block', fontWeight: 600, marginBottom: 'calc(var(--base) / 4)' }}
              >
                Was hat sich geändert? (Pflichtfeld)
              </label>
              <textarea
                id={fieldId}
                name="comment"
                required
                aria-required="true"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                rows={5}
                maxLength={2000}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                style={{ width: '100%', font: 'inherit', padding: 'calc(var(--base) / 3)' }}
              />
              {error && (
                <p id={errorId} role="alert" style={{ color: 'var(--theme-error-750)', fontWeight: 600 }}>
                  {error}
                </p>
              )}
              <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginTop: 'var(--base)' }}>
                <Button buttonStyle="primary" size="medium" margin={false} disabled={busy} onClick={() => void send()}>
                  {busy ? 'Wird eingereicht …' : 'Einreichen'}
                </Button>
                <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => dialog.current?.close()}>
                  Abbrechen
                </Button>
              </div>
            </div>
          </dialog>,
          body,
        )}
    </>
  )
}
