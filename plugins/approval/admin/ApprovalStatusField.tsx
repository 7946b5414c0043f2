'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useId } from 'react'
import type { DescribedRequest } from '../endpoints.ts'
import { useApprovalStatus } from './useApprovalStatus.ts'

/** The sentence the edit view and the tests read for a request. */
export function describeState(request: DescribedRequest | null): string {
  if (!request) return 'Nicht zur Freigabe eingereicht.'
  switch (request.state) {
    case 'waiting':
      return `Wartet auf Freigabe seit ${request.submittedAt}, eingereicht von ${request.submittedBy ?? 'unbekannt'}.`
    case 'returned':
      return `Zurückgegeben von ${request.decidedBy ?? 'unbekannt'} am ${request.decidedAt}: ${request.decisionComment}`
    case 'published':
      return `Freigegeben und veröffentlicht am ${request.decidedAt}${request.decidedBy ? ` von ${request.decidedBy}` : ''}.`
    case 'withdrawn':
      return `Einreichung zurückgezogen am ${request.decidedAt}.`
  }
}

/**
 * Sidebar of the listed collections' edit views: where the document's
 * latest request for approval stands — waiting (since when, by whom, with
 * the comment) or returned (by whom, when, and the publisher's comment).
 */
export const ApprovalStatusField: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { status, error } = useApprovalStatus()
  const headingId = useId()
  if (id === undefined || id === null) return null
  const request = status?.request ?? null
  return (
    <section
      className="lotse-approval-status"
      aria-labelledby={headingId}
      data-state={request?.state ?? 'none'}
      style={{ marginBottom: 'var(--base)' }}
    >
      <h3 id={headingId} style={{ fontSize: '1rem', margin: '0 0 calc(var(--base) / 4)' }}>
        Freigabe zur Veröffentlichung
      </h3>
      <p role="status" className="lotse-approval-status__text" style={{ margin: 0 }}>
        {error ?? (status ? describeState(request) : 'Der Stand der Freigabe wird abgefragt …')}
      </p>
      {request?.state === 'waiting' && request.comment && (
        <p className="lotse-approval-status__comment" style={{ margin: 'calc(var(--base) / 4) 0 0' }}>
          Kommentar der Einreichung: {request.comment}
        </p>
      )}
      {request?.state === 'waiting' && (
        <p className="lotse-approval-status__hint" style={{ margin: 'calc(var(--base) / 4) 0 0' }}>
          Was Sie jetzt noch als Entwurf speichern, wird mit geprüft.
        </p>
      )}
      {request?.state === 'returned' && (
        <p className="lotse-approval-status__hint" style={{ margin: 'calc(var(--base) / 4) 0 0' }}>
          Bitte überarbeiten Sie den Entwurf und reichen Sie ihn erneut zur Freigabe ein.
        </p>
      )}
    </section>
  )
}
