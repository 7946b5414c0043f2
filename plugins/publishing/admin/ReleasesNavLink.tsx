'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { releasesPath, releasesTitle } from './paths.ts'

/** Link to the view "Veröffentlichungen", below the collection links, styled like them. */
export function ReleasesNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({
    adminRoute: config.routes.admin,
    path: releasesPath,
    serverURL: undefined,
    relative: true,
  })
  const active = pathname === href
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{releasesTitle}</span>
    </>
  )
  if (active) {
    return (
      <div className="nav__link" id="nav-lotse-releases" aria-current="page">
        {label}
      </div>
    )
  }
  return (
    <Link className="nav__link" href={href} id="nav-lotse-releases" prefetch={false}>
      {label}
    </Link>
  )
}
