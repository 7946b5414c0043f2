import React from 'react'

/** A count in the list of releases: "1.234", or "–" where there is none (Payload would show "<Kein Seiten>"). */
export function ReleasesCountCell({ cellData }: { cellData?: unknown }) {
  return <span>{typeof cellData === 'number' ? cellData.toLocaleString('de-DE') : '–'}</span>
}
