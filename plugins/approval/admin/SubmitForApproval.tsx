'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useRef } from 'react'
import { CommentDialog } from './CommentDialog.tsx'
import { APPROVAL_CHANGED, postJson, useApprovalApi, useApprovalStatus } from './useApprovalStatus.ts'

/**
 * "Zur Freigabe einreichen" beside the edit view's save buttons (editors,
 * and publishers who want a second pair of eyes): a dialog asks what
 * changed (required), saves unsaved changes as a draft first, then submits
 * the draft (POST /api/approval-requests/submit). Hidden while the document
 * waits, and when it has no draft to submit. The dialog is CommentDialog,
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

  if (id === undefined || id === null || !collectionSlug || !status?.maySubmit) return null
  const state = status.request?.state
  if (state === 'waiting' || (!status.hasDraft && !modified)) return null
  const label = state === 'returned' ? 'Erneut zur Freigabe einreichen' : 'Zur Freigabe einreichen'

  const send = async (comment: string) => {
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
    toast.success('Der Entwurf wurde zur Freigabe eingereicht.')
    window.dispatchEvent(new Event(APPROVAL_CHANGED))
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
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </Button>
      <CommentDialog
        dialog={dialog}
        title={label}
        intro={
          <>
            Eine Person der Veröffentlichung Ihres Dezernats prüft den Entwurf und veröffentlicht ihn oder gibt ihn mit
            einem Kommentar an Sie zurück.
            {modified && ' Ihre ungespeicherten Änderungen werden vorher als Entwurf gespeichert.'}
          </>
        }
        label="Was hat sich geändert?"
        missing="Bitte beschreiben Sie, was sich geändert hat."
        action="Einreichen"
        busyAction="Wird eingereicht …"
        onSend={send}
      />
    </>
  )
}
