import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { AdminView } from '../../../cms/components/admin/AdminView.tsx'
import { currentUser } from '../../../cms/access/roles.ts'
import { approvalStates } from '../collection.ts'
import { comparisonPath, documentPath, draftPreviewPath, formatWhen, queueTitle } from '../paths.ts'
import { loadQueue, type QueueRow } from '../queue.ts'
import { QueueActions } from './QueueActions.tsx'

const stateLabel = (state: string) => approvalStates.find((s) => s.value === state)?.label ?? state

/**
 * Admin view /freigaben: for publishers the drafts waiting in their
 * departments (admins: all) with links to the document, its preview and its
 * difference to the live version, and "Veröffentlichen" / "Zurückgeben";
 * for everyone who submits, their own requests and what became of them.
 */
export async function QueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const adminRoute = req.payload.config.routes.admin
  const url = (path: `/${string}`) => formatAdminURL({ adminRoute, path, serverURL: undefined, relative: true })
  const user = currentUser(req)
  const queue = user ? await loadQueue(req.payload, user) : null

  const titleCell = ({ request }: QueueRow) => (
    <th scope="row">
      <a href={url(documentPath(request.collectionSlug, request.documentId))}>{request.title}</a>
    </th>
  )

  return (
    <AdminView props={props} title={queueTitle} className="lotse-approval-queue">
      <style>{styles}</style>
      {!queue ? (
        <p>Bitte melden Sie sich an.</p>
      ) : (
        <>
          {queue.decides && (
            <section aria-labelledby="lotse-approval-waiting">
              <h2 id="lotse-approval-waiting">Wartet auf Ihre Freigabe</h2>
              {queue.waiting.length === 0 ? (
                <p>Zurzeit wartet nichts auf Freigabe.</p>
              ) : (
                <div className="lotse-approval-queue__table-wrap" style={{ overflowX: 'auto' }}>
                  <table>
                    <caption>
                      {queue.waitingTotal === 1
                        ? 'Ein Entwurf wartet auf Freigabe'
                        : `${queue.waitingTotal} Entwürfe warten auf Freigabe`}
                      , der älteste zuerst
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Titel</th>
                        <th scope="col">Sammlung</th>
                        <th scope="col">Dezernat</th>
                        <th scope="col">Eingereicht</th>
                        <th scope="col">Kommentar</th>
                        <th scope="col">Prüfen</th>
                        <th scope="col">Entscheiden</th>
                      </tr>
                    </thead>
                    <tbody>
                      {queue.waiting.map((row) => {
                        const { request } = row
                        const preview = draftPreviewPath(request.collectionSlug, request.documentId)
                        return (
                          <tr key={request.id} data-request={request.id}>
                            {titleCell(row)}
                            <td>{row.collectionLabel}</td>
                            <td>{row.department}</td>
                            <td>
                              {row.submittedBy}
                              <br />
                              {formatWhen(request.submittedAt)}
                            </td>
                            <td style={{ whiteSpace: 'pre-line' }}>{request.comment}</td>
                            <td>
                              {preview && (
                                <>
                                  <a href={url(preview)}>
                                    Vorschau<span style={srOnly}> von „{request.title}“</span>
                                  </a>
                                  <br />
                                </>
                              )}
                              <a
                                href={url(
                                  comparisonPath(
                                    request.collectionSlug,
                                    request.documentId,
                                    request.version ?? '',
                                    row.publishedVersion,
                                  ),
                                )}
                              >
                                Unterschiede zur Live-Fassung
                                <span style={srOnly}> von „{request.title}“</span>
                              </a>
                            </td>
                            <td>
                              <QueueActions id={request.id} version={request.version ?? ''} title={request.title} />
                            </td>
                          </tr>
                        )
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          )}
          <section aria-labelledby="lotse-approval-mine">
            <h2 id="lotse-approval-mine">Meine Einreichungen</h2>
            {queue.mine.length === 0 ? (
              <p>Sie haben noch nichts zur Freigabe eingereicht.</p>
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <table>
                  <caption>Ihre letzten Einreichungen, die neueste zuerst</caption>
                  <thead>
                    <tr>
                      <th scope="col">Titel</th>
                      <th scope="col">Sammlung</th>
                      <th scope="col">Stand</th>
                      <th scope="col">Eingereicht</th>
                      <th scope="col">Ihr Kommentar</th>
                      <th scope="col">Entscheidung</th>
                    </tr>
                  </thead>
                  <tbody>
                    {queue.mine.map((row) => {
                      const { request } = row
                      return (
                        <tr key={request.id} data-request={request.id} data-state={request.state}>
                          {titleCell(row)}
                          <td>{row.collectionLabel}</td>
                          <td>{stateLabel(request.state)}</td>
                          <td>{formatWhen(request.submittedAt)}</td>
                          <td style={{ whiteSpace: 'pre-line' }}>{request.comment}</td>
                          <td style={{ whiteSpace: 'pre-line' }}>
                            {request.decidedAt ? (
                              <>
                                {row.decidedBy}, {formatWhen(request.decidedAt)}
                                {request.decisionComment ? `: ${request.decisionComment}` : ''}
                              </>
                            ) : (
                              '–'
                            )}
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </AdminView>
  )
}

/**
 * The view's own styles, beside it rather than in the admin's shared custom.css (the plugin keeps to its folder);
 * tables as in "Veröffentlichungen".
 */
const styles = `
.lotse-approval-queue section { margin-top: calc(var(--base) * 1.5); }
.lotse-approval-queue h2 { margin-bottom: calc(var(--base) * 0.5); }
.lotse-approval-queue table { width: 100%; border-collapse: collapse; }
.lotse-approval-queue caption { text-align: left; font-weight: 600; padding-bottom: calc(var(--base) * 0.5); }
.lotse-approval-queue th, .lotse-approval-queue td {
  padding: calc(var(--base) * 0.35);
  border-bottom: 1px solid var(--theme-elevation-150);
  text-align: left;
  vertical-align: top;
}
.lotse-approval-queue td a, .lotse-approval-queue th a { text-decoration: underline; }
`

/** Visually hidden, read by screen readers: tells the links of one row from those of the next. */
const srOnly: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}
