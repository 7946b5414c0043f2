import type React from 'react'

/**
 * The mark: a pilot's compass rose in a ring (a Lotse guides ships in). Drawn
 * here, in the text colour of the admin's theme (light and dark).
 */
function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M16 5 L19.5 16 L16 27 L12.5 16 Z" fill="currentColor" />
      <path d="M5 16 L16 13.5 L27 16 L16 18.5 Z" fill="currentColor" opacity="0.55" />
      <circle cx="16" cy="16" r="2" fill="var(--theme-bg, #fff)" />
    </svg>
  )
}

/** Lotse instead of Payload's logo on the login page (admin.components.graphics.Logo). */
export function LotseLogo(): React.ReactElement {
  return (
    <div
      role="img"
      aria-label="Lotse – Redaktion"
      style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', color: 'var(--theme-text)' }}
    >
      <Mark size={48} />
      <span style={{ fontSize: '2.25rem', fontWeight: 700, letterSpacing: '0.02em', lineHeight: 1 }}>Lotse</span>
    </div>
  )
}

/** Lotse's mark in the admin's navigation (admin.components.graphics.Icon). */
export function LotseIcon(): React.ReactElement {
  return (
    <span role="img" aria-label="Lotse" style={{ display: 'inline-flex', color: 'var(--theme-text)' }}>
      <Mark size={18} />
    </span>
  )
}
