'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useId, useRef, useState } from 'react'
import { postJson, useApprovalApi } from './useApprovalStatus.ts'

/**
 * "Veröffentlichen" and "Zurückgeben" of one waiting request in the queue.
 * Publishing sends the version the publisher saw (the endpoint refuses if
 * the draft changed since); returning asks for a comment in a dialog.
 */
export function QueueActions({ id, version, title }: { id: number; version: string; title: string }) {
  const api = useApprovalApi()
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const fieldId = useId()
  const errorId = useId()

  const act = async (path: string, body: unknown, done: string) => {
    setBusy(true)
    setError(null)
    try {
      await postJson(api(path), body)
      toast.success(done)
      dialog.current?.close()
      router.refresh()
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      setError(message)
      if (!dialog.current?.open) toast.error(message)
    } finally {
      setBusy(false)
    }
  }

  const giveBack = () => {
    if (!comment.trim()) {
      setError('Bitte schreiben Sie, was geändert werden soll.')
      return
    }
    void act(`/${id}/return`, { comment }, `„${title}“ wurde zurückgegeben.`)
  }

  return (
    <div className="lotse-approval-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 3)' }}>
      <Button
        buttonStyle="primary"
        size="small"
        margin={false}
        disabled={busy}
        aria-label={`„${title}“ veröffentlichen`}
        onClick={() => void act(`/${id}/publish`, { version }, `„${title}“ wurde veröffentlicht.`)}
      >
        Veröffentlichen
      </Button>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={busy}
        aria-label={`„${title}“ zurückgeben`}
        onClick={() => {
          setError(null)
          dialog.current?.showModal()
        }}
      >
        Zurückgeben
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
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
          „{title}“ zurückgeben
        </h2>
        <p>Die Person, die den Entwurf eingereicht hat, sieht Ihren Kommentar und bekommt eine E-Mail.</p>
        <label htmlFor={fieldId} style={{ display: 'block', fontWeight: 600, marginBottom: 'calc(var(--base) / 4)' }}>
          Was soll geändert werden? (Pflichtfeld)
        </label>
        <textarea
          id={fieldId}
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
          <Button buttonStyle="primary" size="medium" margin={false} disabled={busy} onClick={giveBack}>
            {busy ? 'Wird zurückgegeben …' : 'Zurückgeben'}
          </Button>
          <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => dialog.current?.close()}>
            Abbrechen
          </Button>
        </div>
      </dialog>
    </div>
  )
}
