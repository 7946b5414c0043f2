'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

export interface AdminNavLinkProps {
  /** The view's path below the admin route, e.g. "/veroeffentlichungen". */
  path: `/${string}`
  label: string
  /** The element id (tests and the admin's CSS find the link by it). */
  id: string
}

/**
 * A link to one of Lotse's own admin views, below the collection links and
 * styled like them; on its own view it is the current page, not a link.
 * Registered by the plugins (admin.components.afterNavLinks) with clientProps.
 */
export function AdminNavLink({ path, label, id }: AdminNavLinkProps) {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path, serverURL: undefined, relative: true })
  const active = pathname === href
  const content = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label}</span>
    </>
  )
  if (active)
    return (
      <div className="nav__link" id={id} aria-current="page">
        {content}
      </div>
    )
  return (
    <Link className="nav__link" href={href} id={id} prefetch={false}>
      {content}
    </Link>
  )
}
