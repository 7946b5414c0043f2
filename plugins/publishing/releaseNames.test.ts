import { describe, expect, it } from 'vitest'
import {
  releaseDate,
  releaseName,
  releaseTime,
  stepName,
  takeBackAllQuestion,
  takeBackQuestion,
} from './releaseNames.ts'
import { describeChanges, titleText, type ChangedEntry } from './releaseTitle.ts'
import { newReleaseId } from './releases.ts'

const entry = (title: string, change = 'veröffentlicht', collectionLabel = 'Leistung'): ChangedEntry => ({
  collection: 'services',
  id: '6',
  collectionLabel,
  title,
  change,
  path: '/collections/services/6',
})

describe('release names for staff', () => {
  it('names a release by the German date and time its id holds, not by the id', () => {
    expect(releaseDate('20261205T153607919Z-bad1')).toBe('05.12.2026, 16:36 Uhr')
    expect(releaseName('20261205T153607919Z-bad1')).toBe('Veröffentlichung vom 05.12.2026, 16:36 Uhr')
    // Summer time.
    expect(releaseDate('20260701T100000000Z-0a0b')).toBe('01.07.2026, 12:00 Uhr')
    const id = newReleaseId()
    expect(Math.abs(releaseTime(id)!.getTime() - Date.now())).toBeLessThan(5000)
    expect(releaseDate('kaputt')).toBeNull()
    expect(releaseName(null)).toBe('Veröffentlichung')
  })

  it('names the build steps in German', () => {
    expect(stepName('build')).toBe('Erstellen der Website')
    expect(stepName('gate')).toBe('Barrierefreiheitsprüfung')
    expect(stepName(undefined)).toBe('Wird gestartet')
  })

  it('titles a record by its changed documents, a rollback by the date of the state it went back to', () => {
    expect(titleText({ trigger: 'services/6 veröffentlicht', releaseId: null }, [entry('Beratung')])).toBe(
      '„Beratung“ (Leistung) veröffentlicht',
    )
    expect(
      titleText({ trigger: 'Rollback von 20261205T163607919Z-bad1', releaseId: '20261205T153607919Z-0001' }, []),
    ).toBe('Zurückgesetzt auf den Stand vom 05.12.2026, 16:36 Uhr')
    expect(titleText({ trigger: 'Start', releaseId: null }, [])).toBe('Erstellung beim Start des Systems')
    expect(titleText({ trigger: 'Kommandozeile (npm run build:site)', releaseId: null }, [])).not.toContain('npm')
    const many = ['A', 'B', 'C', 'D', 'E'].map((t) => entry(t))
    expect(describeChanges(many)).toBe(
      '„A“ (Leistung) veröffentlicht; „B“ (Leistung) veröffentlicht; „C“ (Leistung) veröffentlicht und 2 weitere Änderungen',
    )
  })

  it('asks before a taken-back change is restored or unpublished, naming the document and what happens', () => {
    const restore = { title: 'Beratung', collectionLabel: 'Leistung', action: 'restore' as const }
    const unpublish = { title: 'Köln', collectionLabel: 'Standort', action: 'unpublish' as const }
    expect(takeBackQuestion(restore)).toMatch(
      /^„Beratung“ \(Leistung\) auf die frühere Fassung zurücksetzen und diese sofort veröffentlichen\?/,
    )
    expect(takeBackQuestion(unpublish)).toMatch(
      /^„Köln“ \(Standort\) zurückziehen\? Der Inhalt wird dann nicht mehr auf der Website gezeigt/,
    )
    const all = takeBackAllQuestion([restore, unpublish])
    expect(all).toContain('sofort veröffentlichen: „Beratung“ (Leistung).')
    expect(all).toContain('Zurückziehen (nicht mehr auf der Website): „Köln“ (Standort).')
  })
})
