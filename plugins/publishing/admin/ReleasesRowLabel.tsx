import type { Payload, PayloadRequest } from 'payload'
import React from 'react'
import type { Release } from '../../../cms/payload-types.ts'
import { formatDuration } from './releasesData.ts'
import { stepName } from '../releaseNames.ts'
import { changedEntries } from '../releaseTitle.ts'

/** The server props Payload passes a RowLabel (fieldSchemasToFormState/renderField). */
interface RowLabelProps {
  data?: Partial<Release>
  rowNumber?: number
  payload: Payload
  req?: PayloadRequest
}

/** A row of "Schritte": "Export der veröffentlichten Inhalte – 1,2 s" (and "fehlgeschlagen"), not "Schritt 01". */
export function ReleaseStepRowLabel({ data, rowNumber = 1 }: RowLabelProps) {
  const step = data?.steps?.[rowNumber - 1]
  if (!step) return <span>Schritt {rowNumber}</span>
  return (
    <span>
      {stepName(step.step)}
      {typeof step.ms === 'number' ? ` – ${formatDuration(step.ms)}` : ''}
      {step.ok === false ? ' – fehlgeschlagen' : ''}
    </span>
  )
}

/** A row of "Geänderte Inhalte" or "Abgelehnte Änderungen": the document's title and German collection name. */
async function changeLabel(
  { data, rowNumber = 1, payload, req }: RowLabelProps,
  field: 'changedDocs' | 'refusedDocs',
): Promise<React.ReactElement> {
  const row = data?.[field]?.[rowNumber - 1]
  if (!row) return <span>Inhalt {rowNumber}</span>
  const [entry] = await changedEntries(payload, { changedDocs: [{ ...row, change: null }] }, undefined, req)
  if (!entry) return <span>Inhalt {rowNumber}</span>
  const change = field === 'changedDocs' && 'change' in row && row.change ? ` – ${row.change}` : ''
  return (
    <span>
      „{entry.title}“ ({entry.collectionLabel}){change}
    </span>
  )
}

export const ReleaseChangeRowLabel = (props: RowLabelProps) => changeLabel(props, 'changedDocs')
export const ReleaseRefusedRowLabel = (props: RowLabelProps) => changeLabel(props, 'refusedDocs')
