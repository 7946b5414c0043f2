import { describe, expect, it } from 'vitest'
import type { PublishStatus } from './publishStatus.ts'
import { siteStateLabels, siteStateOf } from './siteStatus.ts'

const base = { recordId: 1, change: 'veröffentlicht' }
const live: PublishStatus = {
  state: 'live',
  since: '2026-12-05T10:00:00Z',
  releaseId: '20261205T100000Z-ab12',
  ...base,
}
const doc = (published: boolean, newerDraft = false) => ({ published, newerDraft })

describe('the list column "Auf der Website"', () => {
  it('says live, live with a newer draft, or only a draft from the document and its release', () => {
    expect(siteStateOf({ status: live, document: doc(true) })).toBe('live')
    expect(siteStateOf({ status: { state: 'none' }, document: doc(true) })).toBe('live')
    expect(siteStateOf({ status: live, document: doc(true, true) })).toBe('live-draft')
    expect(siteStateOf({ status: { state: 'none' }, document: doc(false) })).toBe('draft')
  })

  it('puts a refusal, a pending or failed build and a rollback before the document’s own state', () => {
    const refused: PublishStatus = { state: 'refused', at: live.since, message: 'abgelehnt', findings: [], ...base }
    expect(siteStateOf({ status: refused, document: doc(true, true) })).toBe('refused')
    expect(siteStateOf({ status: refused, document: doc(false) })).toBe('refused')
    expect(siteStateOf({ status: { state: 'queued', since: live.since, ...base }, document: doc(true) })).toBe(
      'pending',
    )
    expect(siteStateOf({ status: { state: 'building', since: live.since, ...base }, document: doc(true) })).toBe(
      'pending',
    )
    expect(siteStateOf({ status: { state: 'failed', at: live.since, error: 'x', ...base }, document: doc(true) })).toBe(
      'failed',
    )
    const rolledBack: PublishStatus = { state: 'rolled-back', releaseId: 'b', liveReleaseId: 'a', ...base }
    expect(siteStateOf({ status: rolledBack, document: doc(true) })).toBe('rolled-back')
  })

  it('says an unpublish that went live is no longer on the website', () => {
    expect(siteStateOf({ status: { ...live, change: 'zurückgezogen' }, document: doc(false) })).toBe('withdrawn')
    expect(siteStateLabels.withdrawn).toBe('Nicht mehr live')
  })
})
