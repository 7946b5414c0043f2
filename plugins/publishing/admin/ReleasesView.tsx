import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { AdminView } from '../../../cms/components/admin/AdminView.tsx'
import { canPublish, type RoleUser } from '../../../cms/access/roles.ts'
import { buildSteps, expected, formatDateTime, stepText } from '../publishStatus.ts'
import { changesAfter, mayRollBack, takenBackDocs } from '../takeBack.ts'
import { changedEntries, describeChanges, releaseDate, releaseName, releaseTitle } from '../releaseTitle.ts'
import { stepName } from '../releaseNames.ts'
import { formatDuration, loadReleasesOverview, stepLabels, type ReleaseRow } from './releasesData.ts'
import { releasesTitle } from './paths.ts'
import { ReleasesAutoRefresh } from './ReleasesAutoRefresh.tsx'
import { ReleasesRollbackButton } from './ReleasesRollbackButton.tsx'
import { ReleasesTakeBack } from './ReleasesTakeBack.tsx'

/** The column "Anlass": the changed documents by title and German collection name, linked; else the trigger. */
function Reason({ row, url }: { row: ReleaseRow; url: (path: `/${string}`) => string }) {
  const { changes } = row
  if (!changes.length) return <>{row.title}</>
  const more = changes.length > 5 ? changes.length - 5 : 0
  return (
    <ul className="lotse-releases__changes">
      {changes.slice(0, 5).map((c) => (
        <li key={`${c.collection}/${c.id}`}>
          {c.path ? <a href={url(c.path as `/${string}`)}>{c.title}</a> : c.title} ({c.collectionLabel}) {c.change}
        </li>
      ))}
      {more > 0 && <li>und {more} weitere</li>}
    </ul>
  )
}

function Steps({ row }: { row: ReleaseRow }) {
  const steps = row.record.steps ?? []
  if (!steps.length) return null
  return (
    <ul aria-label="Dauer der Schritte">
      {steps.map((s, i) => (
        <li key={s.id ?? i}>
          {stepLabels[s.step ?? ''] ?? stepName(s.step)}: {formatDuration(s.ms ?? 0)}
          {s.ok === false ? ' – fehlgeschlagen' : ''}
        </li>
      ))}
    </ul>
  )
}

function Problems({ row }: { row: ReleaseRow }) {
  const { record, findings } = row
  const warnings = (record.warnings ?? []).map((w) => w.message).filter(Boolean)
  const issues = findings.reduce((sum, f) => sum + f.issues.length, 0)
  if (!record.error && !warnings.length && !findings.length) return <>keine</>
  return (
    <>
      {record.error && (
        <p>
          <strong>Fehler:</strong> {record.error}
        </p>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>
            {warnings.length} {warnings.length === 1 ? 'Warnung' : 'Warnungen'}
          </summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      {findings.length > 0 && (
        <details>
          <summary>
            {issues} {issues === 1 ? 'Befund' : 'Befunde'} auf {findings.length}{' '}
            {findings.length === 1 ? 'Seite' : 'Seiten'}
          </summary>
          {findings.map((f) => (
            <details key={f.page}>
              <summary>
                {f.page} ({f.issues.length})
              </summary>
              <ul>
                {f.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.message}
                    {issue.selector && (
                      <>
                        {' '}
                        – Element: <code>{issue.selector}</code>
                      </>
                    )}
                    {issue.code && (
                      <>
                        {' '}
                        (Regel <code>{issue.code}</code>
                        {issue.runner ? `, ${issue.runner}` : ''})
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </details>
      )}
    </>
  )
}

/** "Schritt 5 von 7, Barrierefreiheit prüfen. Das dauert meist etwa 6 Sekunden." for a running build. */
function progress(row: ReleaseRow, expectedMs: number | null): string {
  const { record } = row
  if (record.status === 'queued') return `Wartet auf die Erstellung.${expected(expectedMs ?? undefined)}`
  if (record.status !== 'building') return ''
  const step = record.step && record.step in buildSteps ? stepText(record.step).replace(/^: /, '') : 'Wird gestartet'
  const since = record.startedAt ? ` Läuft seit ${formatDateTime(record.startedAt)}.` : ''
  return `${step}.${since}${expected(expectedMs ?? undefined)}`
}

const count = (value: number | null | undefined) => (typeof value === 'number' ? value.toLocaleString('de-DE') : '–')

/**
 * What the rollback confirmation names before the click: what the release
 * it goes back to was about, and the changes it takes back (title, German
 * collection name, change), newest last.
 */
async function rollbackPreview(req: AdminViewServerProps['initPageResult']['req'], target: string) {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: 'createdAt',
    where: { and: [{ releaseId: { equals: target } }, { status: { in: ['live', 'superseded', 'rolled-back'] } }] },
  })
  const reason = docs[0] ? await releaseTitle(payload, docs[0]) : null
  const changes = await changesAfter(payload, target, new Date(Date.now() + 1000).toISOString())
  const entries = await changedEntries(payload, {
    changedDocs: changes.map((c) => ({ collection: c.collection, docId: c.docId, change: c.change })),
  })
  return { reason, takesBack: entries.map((e) => describeChanges([e], 1)) }
}

/**
 * Admin view /veroeffentlichungen: the latest builds and rollbacks of the
 * public site with status, trigger, who, timings per step, page counts,
 * warnings, the error and the accessibility findings per page; the live
 * release marked. Publishers also get the rollback button (usable for
 * their own departments' changes; admins always) and, after a rollback, the
 * documents whose changes it took back, to restore or unpublish them.
 */
export async function ReleasesView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const adminRoute = req.payload.config.routes.admin
  const url = (path: `/${string}`) => formatAdminURL({ adminRoute, path, serverURL: undefined, relative: true })
  const overview = req.user ? await loadReleasesOverview(req) : null
  const user = (req.user as RoleUser | null) ?? null
  const publisher = canPublish(user)
  // Publishers roll back when every change it takes back is their departments' (takeBack.ts); admins always.
  const mayRoll = Boolean(
    overview?.rollbackTarget && publisher && (await mayRollBack(req.payload, user, overview.rollbackTarget)),
  )
  const takeBack = overview && publisher ? await takenBackDocs(req.payload, user) : null
  const rollback = mayRoll && overview?.rollbackTarget ? await rollbackPreview(req, overview.rollbackTarget) : null

  return (
    <AdminView props={props} title={releasesTitle} className="lotse-releases">
      <p>
        Jede Veröffentlichung, jedes Zurückziehen und jedes Löschen von Inhalten erstellt die öffentliche Website neu.
        Anfragen, die kurz nacheinander kommen, werden zusammen erstellt und stehen hier in einer Zeile. Schlägt ein
        Schritt fehl, bleibt die Website auf dem vorherigen Stand.
      </p>
      {!overview ? (
        <p>Bitte melden Sie sich an.</p>
      ) : (
        <>
          <ReleasesAutoRefresh stamp={overview.stamp} />
          <p role="status" className="lotse-releases__summary">
            {overview.liveReleaseId
              ? `Die Website zeigt die ${releaseName(overview.liveReleaseId)}.`
              : 'Es ist noch keine Veröffentlichung live.'}
            {overview.rows
              .filter((row) => row.record.status === 'building' || row.record.status === 'queued')
              .map(
                (row) =>
                  ` ${row.record.status === 'building' ? 'In Arbeit' : 'Angefordert'}: ${row.title} – ${progress(row, overview.expectedMs)}`,
              )
              .join('')}
          </p>
          {/* Rendered while the list is empty too: it keeps the answer to the last restore after the refresh. */}
          {takeBack && <ReleasesTakeBack overview={takeBack} />}
          {publisher && (
            <ReleasesRollbackButton
              target={mayRoll ? overview.rollbackTarget : null}
              targetName={mayRoll ? releaseName(overview.rollbackTarget) : null}
              targetReason={rollback?.reason ?? null}
              takesBack={rollback?.takesBack ?? []}
              liveName={overview.liveReleaseId ? releaseName(overview.liveReleaseId) : null}
              refused={Boolean(overview.rollbackTarget) && !mayRoll}
            />
          )}
          <div className="lotse-releases__table-wrap">
            <table>
              <caption>
                Die letzten {overview.rows.length} von {overview.total} Veröffentlichungen, die neueste zuerst
              </caption>
              <thead>
                <tr>
                  <th scope="col">Veröffentlichung</th>
                  <th scope="col">Status</th>
                  <th scope="col">Anlass</th>
                  <th scope="col">Ausgelöst von</th>
                  <th scope="col">Begonnen</th>
                  <th scope="col">Dauer</th>
                  <th scope="col">Seiten</th>
                  <th scope="col">Geändert</th>
                  <th scope="col">Geprüft</th>
                  <th scope="col">Fehler und Befunde</th>
                </tr>
              </thead>
              <tbody>
                {overview.rows.map((row) => {
                  const { record } = row
                  return (
                    <tr
                      key={String(record.id)}
                      data-live={row.live ? 'true' : undefined}
                      data-status={record.status}
                      // For tests and operators: rows are named by date and time, which two releases can share.
                      data-release={record.releaseId ?? undefined}
                    >
                      <th scope="row">
                        <a href={url(`/collections/releases/${record.id}`)}>
                          {releaseDate(record.releaseId) ?? (record.status === 'queued' ? 'Angefordert' : 'Ohne Stand')}
                        </a>
                        {row.live && (
                          <>
                            <br />
                            <strong>Jetzt auf der Website</strong>
                          </>
                        )}
                        {record.releaseId && !row.onDisk && (
                          <>
                            <br />
                            nicht mehr auf dem Server
                          </>
                        )}
                      </th>
                      <td>
                        <span className={`lotse-releases__status lotse-releases__status--${record.status}`}>
                          {row.statusLabel}
                        </span>
                        {progress(row, overview.expectedMs) && (
                          <span className="lotse-releases__progress" data-step={record.step ?? undefined}>
                            <br />
                            {progress(row, overview.expectedMs)}
                          </span>
                        )}
                      </td>
                      <td>
                        <Reason row={row} url={url} />
                      </td>
                      <td>{row.who ?? 'System'}</td>
                      <td>
                        {record.startedAt
                          ? formatDateTime(record.startedAt)
                          : `angefordert ${formatDateTime(record.createdAt)}`}
                      </td>
                      <td>
                        {row.durationMs === null ? '–' : formatDuration(row.durationMs)}
                        <Steps row={row} />
                      </td>
                      <td>
                        {count(record.pages)}
                        {record.pagesCopied ? (
                          <>
                            <br />
                            davon {count(record.pagesCopied)} unverändert übernommen
                          </>
                        ) : null}
                      </td>
                      <td>{count(record.pagesChanged)}</td>
                      <td>{count(record.pagesChecked)}</td>
                      <td>
                        <Problems row={row} />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          <p>
            <a href={url('/collections/releases')}>Alle Einträge einzeln (auch zusammengefasste Anfragen)</a>
          </p>
        </>
      )}
    </AdminView>
  )
}
