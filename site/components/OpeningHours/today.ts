/**
 * Marks today's row in the opening-hours tables (progressive enhancement: the
 * table is complete without it). "Today" is the weekday in German time, the
 * offices' time zone, whatever the visitor's clock says.
 */
export function markToday(now = new Date()): void {
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Europe/Berlin' })
    .format(now)
    .slice(0, 3)
    .toLowerCase()
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-opening-hours]')) {
    const row = table.querySelector<HTMLTableRowElement>(`tr[data-day="${day}"]`)
    const header = row?.querySelector('th')
    if (!row || !header) continue
    row.classList.add('is-today')
    // The word for "today" comes from the page (data-today-label), like every UI text.
    const word = table.dataset.todayLabel
    if (!word) continue
    const label = document.createElement('span')
    label.className = 'hours__today'
    label.textContent = ` (${word})`
    header.append(label)
  }
}
