'use client'
import { Button } from '@payloadcms/ui'
import React, { useEffect, useId, useState, type ReactNode, type RefObject } from 'react'
import { createPortal } from 'react-dom'

export interface CommentDialogProps {
  /** The caller opens the dialog with `dialog.current.showModal()`. */
  dialog: RefObject<HTMLDialogElement | null>
  title: ReactNode
  intro: ReactNode
  /** The field's label, without "(Pflichtfeld)". */
  label: string
  /** What the field says when it is sent empty. */
  missing: string
  /** The send button, and what it says while sending. */
  action: string
  busyAction: string
  /** Sends the comment; the message of an Error it throws is shown at the field and the dialog stays open. */
  onSend: (comment: string) => Promise<void>
}

/**
 * The dialog that asks for a required comment: "Zur Freigabe einreichen"
 * (what changed) and "Zurückgeben" (what should change). A native modal
 * <dialog> rendered into <body>, outside forms and tables: it keeps the focus
 * inside, closes on Escape and returns the focus to the button that opened it;
 * custom.css hides the inert page behind it (see there why). The field's
 * error is announced and tied to the field.
 */
export function CommentDialog({
  dialog,
  title,
  intro,
  label,
  missing,
  action,
  busyAction,
  onSend,
}: CommentDialogProps) {
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const fieldId = useId()
  const errorId = useId()
  const [body, setBody] = useState<HTMLElement | null>(null)
  useEffect(() => setBody(document.body), [])
  if (!body) return null

  const send = async () => {
    if (!comment.trim()) {
      setError(missing)
      return
    }
    setBusy(true)
    setError(null)
    try {
      await onSend(comment)
      dialog.current?.close()
      setComment('')
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="lotse-approval-dialog"
      onClose={() => setError(null)}
      style={{
        maxWidth: '36rem',
        width: 'calc(100% - 2rem)',
        padding: 'var(--base)',
        border: '1px solid var(--theme-elevation-400)',
        background: 'var(--theme-bg)',
        color: 'var(--theme-text)',
      }}
    >
      <h2 id={titleId} style={{ marginTop: 0 }}>
        {title}
      </h2>
      <p>{intro}</p>
      <label htmlFor={fieldId} style={{ display: 'block', fontWeight: 600, marginBottom: 'calc(var(--base) / 4)' }}>
        {label} (Pflichtfeld)
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
          {busy ? busyAction : action}
        </Button>
        <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => dialog.current?.close()}>
          Abbrechen
        </Button>
      </div>
    </dialog>,
    body,
  )
}
