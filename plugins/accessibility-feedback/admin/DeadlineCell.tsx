import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { isOverdue } from '../deadline.ts'

/** The answer deadline in the feedback list; overdue open entries stand out (bold, red, "überfällig"). */
export function FeedbackDeadlineCell({ cellData, rowData }: DefaultServerCellComponentProps) {
  if (!cellData) return <span>–</span>
  const date = new Date(cellData as string)
  const text = date.toLocaleDateString('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
  if (!isOverdue({ deadline: date.toISOString(), status: rowData?.status as string })) return <span>{text}</span>
  return <strong style={{ color: 'var(--theme-error-650, #b00020)' }}>{text} – überfällig</strong>
}
