import { describe, expect, it } from 'vitest'
import {
  derivePublishStatus,
  describeDraft,
  describePublishStatus,
  releaseIdStamp,
  type ReleaseRecord,
} from './publishStatus.ts'

const t = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 23, 20, minute, second)).toISOString()
const rid = (minute: number, second = 0) => `${releaseIdStamp(t(minute, second))}-ab12`
const doc = (id: number | string, change = 'veröffentlicht') => ({ collection: 'services', docId: String(id), change })

let next = 1
function record(fields: Partial<ReleaseRecord>): ReleaseRecord {
  return { id: next++, status: 'queued', createdAt: t(0), changedDocs: [], ...fields }
}

const status = (docRecords: ReleaseRecord[], builds: ReleaseRecord[] = docRecords, live: string | null = null) =>
  derivePublishStatus({ collection: 'services', id: 7, docRecords, builds, liveReleaseId: live })

describe('derivePublishStatus', () => {
  it('says "none" for a document no request names', () => {
    const other = record({ status: 'live', changedDocs: [doc(8)], startedAt: t(1), releaseId: rid(1) })
    expect(status([other], [other], rid(1))).toEqual({ state: 'none' })
    // The same id in another collection is another document.
    const page = record({ status: 'queued', changedDocs: [{ collection: 'pages', docId: '7', change: 'x' }] })
    expect(status([page]).state).toBe('none')
  })

  it('says "live" for content published without a request (the demo seed) once a build after it is live', () => {
    // The site's first build ("Start") names no document; it started after the seed wrote the document.
    const start = record({ status: 'live', startedAt: t(2), finishedAt: t(3), releaseId: rid(2) })
    const input = { collection: 'services', id: 7, docRecords: [], builds: [start], liveReleaseId: rid(2) }
    expect(derivePublishStatus({ ...input, publishedAt: t(1) })).toMatchObject({
      state: 'live',
      since: t(3),
      releaseId: rid(2),
    })
    // Published after that build: not in it.
    expect(derivePublishStatus({ ...input, publishedAt: t(4) })).toEqual({ state: 'none' })
    // Not published: nothing to say.
    expect(derivePublishStatus(input)).toEqual({ state: 'none' })
  })

  it('waits while the request is queued and builds while its record builds', () => {
    const queued = record({ createdAt: t(5), changedDocs: [doc(7)] })
    expect(status([queued])).toMatchObject({ state: 'queued', since: t(5) })
    const building = { ...queued, status: 'building' as const, startedAt: t(6) }
    expect(status([building])).toMatchObject({ state: 'building', since: t(6) })
  })

  it('passes on the step of the running build and the estimate', () => {
    const queued = record({ createdAt: t(5), changedDocs: [doc(7)] })
    const building = { ...queued, status: 'building' as const, startedAt: t(6), step: 'index' }
    expect(
      derivePublishStatus({
        collection: 'services',
        id: 7,
        docRecords: [building],
        builds: [building],
        liveReleaseId: null,
        expectedMs: 9000,
      }),
    ).toMatchObject({ state: 'building', step: 'index', expectedMs: 9000 })
  })

  it('says "refused" when the checks refused the newest publish, until the next publish', () => {
    // The build that held the request went live without it: the refusal wins over "live".
    const build = record({
      status: 'live',
      createdAt: t(5),
      startedAt: t(5, 30),
      finishedAt: t(6),
      releaseId: rid(5, 30),
      changedDocs: [doc(7), doc(8)],
    })
    const refusal = {
      createdAt: t(5, 50),
      requestedAt: t(5),
      message: 'Die Veröffentlichung wurde abgelehnt: …',
      findings: [{ text: 'Im Feld „Beschreibung“: Der Link „https://example.org/“ hat keinen lesbaren Linktext. …' }],
    }
    const derive = (docRecords: ReleaseRecord[]) =>
      derivePublishStatus({
        collection: 'services',
        id: 7,
        docRecords,
        builds: docRecords,
        liveReleaseId: rid(5, 30),
        refusal,
      })
    expect(derive([build])).toMatchObject({
      state: 'refused',
      at: t(5, 50),
      message: refusal.message,
      findings: [refusal.findings[0].text],
    })
    // The other document of the same build is live.
    expect(
      derivePublishStatus({
        collection: 'services',
        id: 8,
        docRecords: [build],
        builds: [build],
        liveReleaseId: rid(5, 30),
      }),
    ).toMatchObject({ state: 'live' })
    // Published again afterwards: a new attempt, waiting.
    const again = record({ createdAt: t(7), changedDocs: [doc(7)] })
    expect(derive([again, build])).toMatchObject({ state: 'queued', since: t(7) })
  })

  it('a merged request follows the build it was merged into', () => {
    const earlier = record({
      status: 'live',
      createdAt: t(1),
      startedAt: t(1, 10),
      finishedAt: t(2),
      releaseId: rid(1, 10),
      changedDocs: [doc(7)],
    })
    const owner = record({ status: 'building', createdAt: t(4), startedAt: t(5, 30), changedDocs: [doc(8), doc(7)] })
    const merged = record({ status: 'merged', createdAt: t(5), changedDocs: [doc(7)] })
    expect(status([earlier, owner, merged], [owner], rid(1, 10))).toMatchObject({ state: 'building', since: t(5, 30) })
    // Before the owner got the changedDocs rows: still pending, not the earlier release.
    const ownerBefore = { ...owner, changedDocs: [doc(8)] }
    expect(status([earlier, merged], [ownerBefore], rid(1, 10)).state).toBe('building')
    expect(status([earlier, merged], [], rid(1, 10)).state).toBe('queued')
    const done = { ...owner, status: 'live' as const, finishedAt: t(7), releaseId: rid(5, 30) }
    expect(status([earlier, done, merged], [done], rid(5, 30))).toEqual({
      state: 'live',
      since: t(7),
      releaseId: rid(5, 30),
      recordId: merged.id,
      change: 'veröffentlicht',
    })
    const failed = {
      ...owner,
      status: 'failed' as const,
      finishedAt: t(6),
      error: 'Schritt „gate“ fehlgeschlagen: 2 Fehler',
    }
    expect(status([earlier, failed, merged], [failed], rid(1, 10))).toMatchObject({
      state: 'failed',
      error: 'Schritt „gate“ fehlgeschlagen: 2 Fehler',
    })
  })

  it('is live once any later build succeeded, also after its own build failed', () => {
    const failed = record({
      status: 'failed',
      createdAt: t(1),
      startedAt: t(1, 5),
      finishedAt: t(2),
      error: 'kaputt',
      changedDocs: [doc(7)],
    })
    expect(status([failed], [failed], rid(0))).toMatchObject({ state: 'failed', error: 'kaputt' })
    const later = record({
      status: 'live',
      createdAt: t(3),
      startedAt: t(3, 5),
      finishedAt: t(4),
      releaseId: rid(3, 5),
      changedDocs: [doc(8)],
    })
    expect(status([failed], [failed, later], rid(3, 5))).toMatchObject({
      state: 'live',
      releaseId: rid(3, 5),
      since: t(4),
    })
    // Superseded by a newer release: still live, since the first release that held it.
    const newer = record({ status: 'live', startedAt: t(9), finishedAt: t(10), releaseId: rid(9) })
    const superseded = { ...later, status: 'superseded' as const }
    expect(status([failed], [failed, superseded, newer], rid(9))).toMatchObject({ state: 'live', releaseId: rid(3, 5) })
  })

  it('knows when a rollback took the change off the site', () => {
    const own = record({
      status: 'rolled-back',
      createdAt: t(10),
      startedAt: t(10, 5),
      finishedAt: t(11),
      releaseId: rid(10, 5),
      changedDocs: [doc(7)],
    })
    // The rollback record: live again with an older release id, created after the request.
    const rollback = record({
      status: 'live',
      createdAt: t(12),
      startedAt: t(12),
      finishedAt: t(12),
      releaseId: rid(4),
    })
    expect(status([own], [own, rollback], rid(4))).toMatchObject({
      state: 'rolled-back',
      releaseId: rid(10, 5),
      liveReleaseId: rid(4),
    })
    // Rolled back to a release that already held the change: still live.
    const a = record({
      status: 'superseded',
      createdAt: t(10),
      startedAt: t(10, 5),
      finishedAt: t(11),
      releaseId: rid(10, 5),
      changedDocs: [doc(7)],
    })
    const b = record({ status: 'rolled-back', startedAt: t(13), finishedAt: t(14), releaseId: rid(13) })
    const back = record({ status: 'live', startedAt: t(15), finishedAt: t(15), releaseId: rid(10, 5) })
    expect(status([a], [a, b, back], rid(10, 5))).toMatchObject({ state: 'live', releaseId: rid(10, 5) })
  })

  it('does not count a rollback to a release built in the same second as the request', () => {
    // The release live before the change was made at 20:10:05; the change was requested at 20:10:05.5.
    const requested = new Date(Date.UTC(2026, 10, 23, 20, 10, 5, 500)).toISOString()
    const request = record({ status: 'failed', createdAt: requested, startedAt: requested, changedDocs: [doc(7)] })
    const later = record({ status: 'superseded', startedAt: t(10, 6), finishedAt: t(10, 7), releaseId: rid(10, 7) })
    // The rollback to the release of 20:10:05 starts at 20:12.
    const rollback = record({ status: 'live', startedAt: t(12), finishedAt: t(12), releaseId: rid(10, 5) })
    expect(status([request], [later, rollback], rid(10, 5))).toMatchObject({
      state: 'rolled-back',
      releaseId: rid(10, 7),
      liveReleaseId: rid(10, 5),
    })
  })

  it('the newest request counts, with its kind of change', () => {
    const published = record({
      status: 'superseded',
      createdAt: t(1),
      startedAt: t(1, 5),
      finishedAt: t(2),
      releaseId: rid(1, 5),
      changedDocs: [doc(7)],
    })
    const withdrawn = record({
      status: 'live',
      createdAt: t(20),
      startedAt: t(20, 5),
      finishedAt: t(21),
      releaseId: rid(20, 5),
      changedDocs: [doc(7, 'zurückgezogen')],
    })
    const result = status([published, withdrawn], [published, withdrawn], rid(20, 5))
    expect(result).toMatchObject({ state: 'live', change: 'zurückgezogen', releaseId: rid(20, 5) })
    expect(describePublishStatus({ status: result, document: { published: false, newerDraft: false } })).toMatch(
      /^Nicht mehr auf der Website seit /,
    )
  })
})

describe('describePublishStatus', () => {
  const document = { published: true, newerDraft: false }
  it('says it in German, with the time and without the release id', () => {
    expect(
      describePublishStatus({
        status: { state: 'live', since: t(7), releaseId: 'R1', recordId: 1, change: 'veröffentlicht' },
        document,
      }),
    ).toBe('Live seit 23.11.2026, 21:07 Uhr.')
    expect(
      describePublishStatus({
        status: {
          state: 'failed',
          at: t(7),
          error: 'Schritt „gate“ fehlgeschlagen',
          recordId: 1,
          change: 'veröffentlicht',
        },
        document,
      }),
    ).toBe(
      'Veröffentlichung fehlgeschlagen: Schritt „gate“ fehlgeschlagen – die Website zeigt weiter den vorherigen Stand.',
    )
    expect(
      describePublishStatus({ status: { state: 'queued', since: t(7), recordId: 1, change: 'x' }, document }),
    ).toMatch(/^Wird geprüft … wartet seit 23\.11\.2026, 21:07 Uhr/)
    expect(
      describePublishStatus({ status: { state: 'none' }, document: { published: false, newerDraft: false } }),
    ).toBe('Noch nicht veröffentlicht – Entwurf, nicht live.')
  })

  it('says a refusal, with what to do', () => {
    const message =
      'Die Veröffentlichung wurde abgelehnt: Die Prüfung hat auf der Seite /leistungen/x/ einen Fehler gefunden. Die Website zeigt weiter die vorherige Fassung. Bitte ändern Sie die genannten Stellen und veröffentlichen Sie erneut. Ihr Text ist als Entwurf gespeichert.'
    expect(
      describePublishStatus({
        status: { state: 'refused', at: t(7), recordId: 1, change: 'veröffentlicht', message, findings: [] },
        document,
      }),
    ).toBe(message)
  })

  it('names the running step and how long a build usually takes', () => {
    const building = { state: 'building', since: t(7), recordId: 1, change: 'veröffentlicht' } as const
    expect(describePublishStatus({ status: { ...building, step: 'gate', expectedMs: 21_400 }, document })).toBe(
      'Wird geprüft … die Website wird seit 23.11.2026, 21:07 Uhr erstellt und geprüft: Schritt 5 von 7, Barrierefreiheit prüfen. Das dauert meist etwa 21 Sekunden.',
    )
    // Without a recorded step or an earlier build: only the time.
    expect(describePublishStatus({ status: building, document })).toBe(
      'Wird geprüft … die Website wird seit 23.11.2026, 21:07 Uhr erstellt und geprüft.',
    )
    expect(describePublishStatus({ status: { ...building, state: 'queued', expectedMs: 150_000 }, document })).toMatch(
      /auf die Erstellung und Prüfung der Website\. Das dauert meist etwa 3 Minuten\.$/,
    )
  })

  it('mentions unpublished draft changes', () => {
    const status = { state: 'live', since: t(7), releaseId: 'R1', recordId: 1, change: 'veröffentlicht' } as const
    expect(describeDraft({ status, document: { published: true, newerDraft: true } })).toMatch(
      /neuere Änderungen im Entwurf/,
    )
    expect(describeDraft({ status, document: { published: true, newerDraft: false } })).toBeNull()
    expect(describeDraft({ status: { state: 'none' }, document: { published: false, newerDraft: false } })).toBeNull()
  })
})
