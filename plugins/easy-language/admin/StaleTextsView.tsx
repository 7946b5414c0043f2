import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { AdminView } from '../../../cms/components/admin/AdminView.tsx'
import { currentUser } from '../../../cms/access/roles.ts'
import { findStaleTexts, formatReviewDate } from '../staleTexts.ts'
import { staleTextsTitle } from './staleTextsRoute.ts'

const formatDate = (value: string | null) => (value ? formatReviewDate(value) : 'nicht eingetragen')

/**
 * Admin view /leichte-sprache/veraltet: every stale Leichte-Sprache text the
 * signed-in user may read, grouped by department, each linking to its edit
 * page. The query is findStaleTexts (plugins/easy-language/staleTexts.ts), run with the
 * user's rights.
 */
export async function StaleTextsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const adminRoute = req.payload.config.routes.admin
  const url = (path: `/${string}`) => formatAdminURL({ adminRoute, path, serverURL: undefined, relative: true })
  const groups = await findStaleTexts(req.payload, req.user)
  // The reviewer records the new review; the text itself is the editors' to change.
  const reviewer = currentUser(req)?.role === 'ls-reviewer'
  const total = groups.reduce((sum, group) => sum + group.texts.length, 0)
  const list = url('/collections/easy-language-texts')

  return (
    <AdminView props={props} title={staleTextsTitle} className="lotse-stale">
      <p>
        Bei diesen Texten wurde der Standardtext der Leistung geändert, nachdem die Zielgruppe den Text geprüft hat.{' '}
        {reviewer
          ? 'Die Redaktion passt den Text an. Prüfen Sie ihn danach mit der Zielgruppe und tragen Sie die neue Prüfung ein; dann ist er nicht mehr veraltet.'
          : 'Bitte passen Sie den Text an und lassen Sie ihn neu prüfen. Nach der neuen Prüfung ist er nicht mehr veraltet.'}
      </p>
      <p role="status">
        {total === 0
          ? 'Zurzeit ist kein Text in Leichter Sprache veraltet.'
          : `${total} ${total === 1 ? 'Text ist' : 'Texte sind'} veraltet.`}{' '}
        <a href={`${list}?where[stale][equals]=true`}>In der Liste anzeigen</a>
      </p>
      {groups.map((group) => (
        <section key={String(group.department.id)} aria-labelledby={`lotse-stale-${group.department.id}`}>
          <h2 id={`lotse-stale-${group.department.id}`}>
            {group.department.name} ({group.texts.length})
          </h2>
          <ul>
            {group.texts.map((text) => (
              <li key={String(text.id)}>
                <a href={url(`/collections/easy-language-texts/${text.id}`)}>{text.title}</a>
                <span>
                  {' – '}
                  {text.service ? `Leistung: ${text.service}; ` : ''}
                  geprüft am {formatDate(text.reviewedAt)}
                  {text.status === 'draft' ? '; Entwurf' : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </AdminView>
  )
}
