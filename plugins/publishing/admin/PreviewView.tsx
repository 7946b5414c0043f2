import type { AdminViewServerProps } from 'payload'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import React from 'react'
import { AdminView } from '../../../cms/components/admin/AdminView.tsx'
import {
  buildPreview,
  framePage,
  isPreviewCollection,
  previewChecks,
  PreviewProblem,
  previewTitle,
  readLatest,
  type PreviewBuild,
  type PreviewChecks,
} from '../preview.ts'
import { PreviewFindings } from './PreviewFindings.tsx'

const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' })

function Refusal({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="lotse-preview__refusal">
      {children}
    </div>
  )
}

/**
 * The view "Vorschau" at /admin/vorschau/<collection>/<id>: the page(s) the
 * document's newest version would have on the site, rendered like a release
 * (preview.ts) and shown in a frame that runs no script, with the
 * checks' findings beside them. Only users who may read the document
 * (Payload's access, department rules) see anything; for anyone else the
 * document does not exist.
 */
export async function PreviewView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const adminRoute = req.payload.config.routes.admin
  const segments = (props.params?.segments as string[] | undefined) ?? []
  const [, collection = '', rawId = ''] = segments
  const id = decodeURIComponent(rawId)
  const frame = (content: React.ReactNode) => (
    <AdminView props={props} title={previewTitle} className="lotse-preview">
      {content}
    </AdminView>
  )
  if (!isPreviewCollection(collection) || segments.length !== 3)
    return frame(
      <Refusal>Für diese Adresse gibt es keine Vorschau. Öffnen Sie die Vorschau aus dem Inhalt heraus.</Refusal>,
    )
  const doc = await readLatest(req.payload, collection, id, req.user)
  if (!doc)
    return frame(
      <Refusal>
        Sie dürfen diese Vorschau nicht sehen: Der Inhalt gehört nicht zu Ihren Dezernaten, oder es gibt ihn nicht.
      </Refusal>,
    )
  const label = req.payload.collections[collection].config.labels?.singular
  const kind = typeof label === 'string' ? label : collection
  const title = String(doc.title ?? doc.name ?? doc.slug ?? '')
  const editUrl = `${adminRoute}/collections/${collection}/${encodeURIComponent(id)}`
  let build: PreviewBuild
  let checks: PreviewChecks
  try {
    build = await buildPreview({ payload: req.payload, collection, doc })
    checks = await previewChecks(req, collection, doc, build)
  } catch (error) {
    if (!(error instanceof PreviewProblem)) throw error
    return frame(
      <>
        <p>
          <a href={editUrl}>Zurück zum Bearbeiten</a>
        </p>
        <Refusal>
          <p>Die Vorschau kann nicht erstellt werden, weil der Entwurf so nicht veröffentlicht werden könnte:</p>
          <ul>
            {error.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </Refusal>
      </>,
    )
  }
  const pages = await Promise.all(
    build.pages.map(async (page) => ({
      ...page,
      html: framePage(await readFile(path.join(build.dir, 'out', page.file), 'utf8'), collection, id),
    })),
  )
  const status = doc._status === 'published' ? 'veröffentlichte Fassung' : 'Entwurf'
  return frame(
    <>
      <p className="lotse-preview__intro">
        {kind} „{title}“, {status} vom {doc.updatedAt ? dateTime.format(new Date(String(doc.updatedAt))) : '–'}. So
        sieht die Seite nach der Veröffentlichung aus; die Vorschau ist nur im CMS sichtbar. Skripte der Website laufen
        in der Vorschau nicht. <a href={editUrl}>Zurück zum Bearbeiten</a>
      </p>
      <div className="lotse-preview__layout" style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem' }}>
        <div style={{ flex: '3 1 32rem', minWidth: 0 }}>
          {pages.map((page) => (
            // No `sandbox`: the frame runs nothing anyway (framePage removes the scripts, and a `srcdoc` document
            // has the admin's Content-Security-Policy, which refuses any inline script), and a sandbox without
            // scripts would also keep out the accessibility checkers that test the frame's content (axe).
            <section key={page.path} aria-labelledby={`preview-page-${page.file}`}>
              <h2 id={`preview-page-${page.file}`} style={{ fontSize: '1.1rem' }}>
                Seite {page.path}
              </h2>
              <iframe
                title={`Vorschau der Seite ${page.path}`}
                srcDoc={page.html}
                style={{ width: '100%', height: '75vh', border: '1px solid var(--theme-elevation-400)' }}
              />
            </section>
          ))}
        </div>
        <aside style={{ flex: '1 1 18rem' }} aria-labelledby="preview-findings-title">
          <h2 id="preview-findings-title" style={{ fontSize: '1.1rem' }}>
            Prüfungen
          </h2>
          <PreviewFindings collection={collection} id={id} initial={checks} />
        </aside>
      </div>
    </>,
  )
}
