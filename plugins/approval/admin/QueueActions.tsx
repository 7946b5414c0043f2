'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useRef, useState } from 'react'
import { CommentDialog } from './CommentDialog.tsx'
import { postJson, useApprovalApi } from './useApprovalStatus.ts'

/**
 * "Veröffentlichen" and "Zurückgeben" of one waiting request in the queue.
 * Publishing sends the version the publisher saw (the endpoint refuses if
 * the draft changed since); returning asks for a comment in CommentDialog.
 */
export function QueueActions({ id, version, title }: { id: number; version: string; title: string }) {
  const api = useApprovalApi()
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const [busy, setBusy] = useState(false)

  const publish = async () => {
    setBusy(true)
    try {
      await postJson(api(`/${id}/publish`), { version })
      toast.success(`„${title}“ wurde veröffentlicht.`)
      router.refresh()
    } catch (e) {
      toast.error(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  const giveBack = async (comment: string) => {
    await postJson(api(`/${id}/return`), { comment })
    toast.success(`„${title}“ wurde zurückgegeben.`)
    router.refresh()
  }

  return (
    <div className="lotse-approval-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 3)' }}>
      <Button
        buttonStyle="primary"
        size="small"
        margin={false}
        disabled={busy}
        aria-label={`„${title}“ veröffentlichen`}
        onClick={() => void publish()}
      >
        Veröffentlichen
      </Button>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={busy}
        className="lotse-approval-return"
        aria-label={`„${title}“ zurückgeben`}
        onClick={() => dialog.current?.showModal()}
      >
        Zurückgeben
      </Button>
      <CommentDialog
        dialog={dialog}
        title={`„${title}“ zurückgeben`}
        intro="Die Person, die den Entwurf eingereicht hat, sieht Ihren Kommentar und bekommt eine E-Mail."
        label="Was soll geändert werden?"
        missing="Bitte schreiben Sie, was geändert werden soll."
        action="Zurückgeben"
        busyAction="Wird zurückgegeben …"
        onSend={giveBack}
      />
    </div>
  )
}
