'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { staleTextsPath, staleTextsTitle } from './paths.ts'

/** Link to the view of stale Leichte-Sprache texts, below the collection links, styled like them. */
export function StaleTextsNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({
    adminRoute: config.routes.admin,
    path: staleTextsPath,
    serverURL: undefined,
    relative: true,
  })
  const active = pathname === href
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{staleTextsTitle}</span>
    </>
  )
  if (active) {
    return (
      <div className="nav__link" id="nav-lotse-stale" aria-current="page">
        {label}
      </div>
    )
  }
  return (
    <Link className="nav__link" href={href} id="nav-lotse-stale" prefetch={false}>
      {label}
    </Link>
  )
}
