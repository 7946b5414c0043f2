import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { roleOptions, type RoleUser } from '../../../cms/access/roles.ts'
import { loadDashboard, type DashboardOptions, type DashboardSection } from '../dashboardData.ts'

function Section({ section }: { section: DashboardSection }) {
  const id = `lotse-dashboard-${section.id}`
  return (
    <section className="lotse-dashboard__section" aria-labelledby={id} data-section={section.id}>
      <h2 id={id}>
        {section.title}
        {section.count === null ? '' : ` (${section.count})`}
      </h2>
      {section.lines ? (
        section.lines.map((line) => <p key={line}>{line}</p>)
      ) : section.items.length ? (
        <ul className="lotse-dashboard__list">
          {section.items.map((item) => (
            <li key={item.href + item.title}>
              <a href={item.href}>{item.title}</a>
              <span className="lotse-dashboard__meta">{item.meta}</span>
              {item.note ? <span className="lotse-dashboard__note">{item.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="lotse-dashboard__empty">{section.empty}</p>
      )}
      {section.count !== null && section.count > section.items.length ? (
        <p className="lotse-dashboard__more">{section.count - section.items.length} weitere nicht angezeigt.</p>
      ) : null}
      {section.link ? (
        <p>
          <a href={section.link.href}>{section.link.label}</a>
        </p>
      ) : null}
    </section>
  )
}

/**
 * The admin's start page (admin.components.views.dashboard), instead of
 * Payload's cards of collections: what the signed-in user has to do, by role
 * (dashboardData.ts). Payload renders it inside its template, so the
 * navigation stays.
 */
export async function DashboardView(props: AdminViewServerProps & Partial<DashboardOptions>) {
  const { req } = props.initPageResult
  const user = req.user as (RoleUser & { name?: string | null; email?: string }) | null
  const sections = await loadDashboard(req, { collections: props.collections ?? [] })
  const role = roleOptions.find((r) => r.value === user?.role)?.label
  return (
    <Gutter className="lotse-dashboard">
      <h1>Übersicht</h1>
      <p>
        Angemeldet als {user?.name || user?.email}
        {role ? `, Rolle: ${role}` : ''}. Hier sehen Sie, was in Ihren Dezernaten zu tun ist.
      </p>
      <div className="lotse-dashboard__sections">
        {sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
      </div>
    </Gutter>
  )
}
