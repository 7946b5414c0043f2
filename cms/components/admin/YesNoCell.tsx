'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

/**
 * A checkbox in a list cell: "Ja" or "Nein" as plain text. Payload's own cell writes "wahr"/"falsch" in a code
 * badge. A document saved before the field existed has no value; it counts as "Nein", as the checkbox shows it.
 * The words are Payload's keys `general:true`/`general:false` (cms/i18n/de.ts), which its list filter uses too.
 * Every checkbox field gets this cell (cms/components/admin/yesNoCells.ts).
 */
export function YesNoCell({ cellData }: DefaultCellComponentProps) {
  const { t } = useTranslation()
  return <span className="yes-no-cell">{t(cellData === true ? 'general:true' : 'general:false')}</span>
}
