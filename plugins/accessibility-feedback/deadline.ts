/**
 * BITV 2.0 §7 (with EU directive 2016/2102 art. 7): feedback on barriers is
 * answered within one month. The deadline is stored on the entry so the list
 * can sort and filter by it.
 */
export function answerDeadline(receivedAt: Date): Date {
  const deadline = new Date(receivedAt)
  const day = deadline.getUTCDate()
  deadline.setUTCMonth(deadline.getUTCMonth() + 1)
  // 31 January + 1 month is the last day of February, not 3 March.
  if (deadline.getUTCDate() !== day) deadline.setUTCDate(0)
  return deadline
}

/** Statuses that still need an answer. */
export const openStatuses = ['neu', 'in-bearbeitung'] as const

export function isOverdue(entry: { deadline?: string | null; status?: string | null }, now = new Date()): boolean {
  if (!entry.deadline) return false
  return (openStatuses as readonly string[]).includes(entry.status ?? 'neu') && new Date(entry.deadline) < now
}
