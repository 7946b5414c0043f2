import type { CollectionSlug, DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { siteStatusOf } from '../siteStatus.ts'

/**
 * The list column "Auf der Website": whether the row's document is live, live
 * with a newer draft, only a draft, refused by the checks, being checked or
 * failed, in words (siteStatus.ts). A server component: the status comes
 * from the release records, as in the sidebar field "Stand auf der Website";
 * the sentence of that field is the cell's tooltip.
 */
export async function SiteStatusCell({ payload, rowData, collectionSlug }: DefaultServerCellComponentProps) {
  const row = rowData as { id?: number | string; _status?: unknown; updatedAt?: unknown }
  if (row?.id === undefined || row.id === null) return null
  const status = await siteStatusOf(payload, collectionSlug as CollectionSlug, {
    id: row.id,
    _status: row._status,
    updatedAt: row.updatedAt,
  })
  return (
    <span
      className={`lotse-site-status lotse-site-status--${status.state}`}
      data-state={status.state}
      title={status.detail}
    >
      {status.label}
    </span>
  )
}
