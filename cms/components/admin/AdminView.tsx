import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

/**
 * The frame of Lotse's own admin views: Payload's template with navigation,
 * the breadcrumb and the page heading; the view renders its content inside.
 */
export function AdminView({
  props: { initPageResult, params, searchParams },
  title,
  className,
  children,
}: {
  props: AdminViewServerProps
  title: string
  className: string
  children: React.ReactNode
}) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      // Copies: React 19 refuses the frozen original (see Payload's own root view).
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className={className}>
        <h1>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
