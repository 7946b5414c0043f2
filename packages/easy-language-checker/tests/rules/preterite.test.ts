import { describe, expect, it } from 'vitest'
import { findingsOf } from '../helpers.ts'

describe('preterite', () => {
  it.each([
    ['Ich ging gestern zum Arzt.', 'ging', 'bin … gegangen'],
    ['Der Brief kam am Montag.', 'kam', 'ist … gekommen'],
    ['Die Lehrerin sagte mir die Note.', 'sagte', 'hat … gesagt'],
    ['Wir fanden eine neue Wohnung.', 'fanden', 'haben … gefunden'],
    ['Er bekam eine Antwort.', 'bekam', 'hat … bekommen'],
    ['Ich rief beim Amt an.', 'rief', 'habe … angerufen'],
    ['Die Firma stellte mich im Mai ein.', 'stellte', 'hat … eingestellt'],
    ['Wir zogen im Mai um.', 'zogen', 'sind … umgezogen'],
    ['Mein Mann arbeitete bei der Post.', 'arbeitete', 'hat … gearbeitet'],
    ['Es gab viel Arbeit.', 'gab', 'hat … gegeben'],
    ['Nahmst du die Tabletten?', 'Nahmst', 'hast … genommen'],
  ])('finds „%s“', (text, span, suggestion) => {
    const findings = findingsOf('preterite', text)
    expect(findings.map((finding) => text.slice(finding.index, finding.index + finding.length))).toEqual([span])
    expect(findings[0]?.suggestion).toBe(suggestion)
    expect(findings[0]?.severity).toBe('error')
  })

  it.each([
    'Ich war beim Arzt.',
    'Ich hatte Fieber.',
    'Ich konnte nicht kommen.',
    'Sie musste arbeiten.',
    'Das wusste ich.',
    'Ich bin gestern zum Arzt gegangen.',
    'Ich habe den Ausweis verloren.',
    'Haben Sie den Brief verstanden?',
    'Sie haben bezahlte Arbeit.',
    'Die bezahlte Rechnung liegt hier.',
    'Der Stand ist gut.',
    'Das ist das Schloss.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('preterite', text)).toEqual([])
  })

  it('gives the particle only to the verb it belongs to', () => {
    const text = 'Ich ging zum Arzt und rief beim Amt an.'
    expect(findingsOf('preterite', text).map((finding) => finding.suggestion)).toEqual([
      'bin … gegangen',
      'hat … angerufen',
    ])
    expect(findingsOf('preterite', text)[0]?.message).toBe(
      '„ging“ ist Präteritum. Schreiben Sie im Perfekt: „bin … gegangen“.',
    )
  })
})

describe('preterite from the verb lexicon', () => {
  it.each([
    ['Der Vermieter erhöhte die Miete.', 'erhöhte', 'hat … erhöht'],
    ['Das Jobcenter forderte das Geld zurück.', 'forderte', 'hat … zurückgefordert'],
    ['Wir ergänzten die Unterlagen.', 'ergänzten', 'haben … ergänzt'],
    ['Wir reisten nach Köln.', 'reisten', 'sind … gereist'],
    ['Die Ärztin überwies mich zum Fach·arzt.', 'überwies', 'hat … überwiesen'],
    ['Die Beraterin verschob den Termin.', 'verschob', 'hat … verschoben'],
    ['Mein Vermieter renovierte das Bad.', 'renovierte', 'hat … renoviert'],
  ])('finds „%s“', (text, span, suggestion) => {
    const findings = findingsOf('preterite', text)
    expect(findings.map((finding) => text.slice(finding.index, finding.index + finding.length))).toEqual([span])
    expect(findings[0]?.suggestion).toBe(suggestion)
  })

  it.each([
    'Die Kurse kosten Geld.',
    'Das letzte Mal war gut.',
    'Sie bekommen bezahlte Arbeit.',
    'Verkaufte Ware nehmen wir zurück.',
    'Sie könnten kommen.',
    'Ich sollte kommen.',
    'Die Heizung wurde repariert.',
    'Ich habe den Vertrag unterschrieben.',
    'Das Geld wird überwiesen.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('preterite', text)).toEqual([])
  })
})
