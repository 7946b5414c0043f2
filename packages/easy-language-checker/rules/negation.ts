import { spanFinding, type Rule } from '../rule.ts'

const NEGATIONS = new Set([
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'keins',
  'nie',
  'niemals',
  'niemand',
  'niemanden',
  'niemandem',
  'nichts',
  'nirgends',
  'nirgendwo',
  'weder',
])

/** "nicht" + word → positive word. */
const OPPOSITES: Readonly<Record<string, string>> = {
  gut: 'schlecht',
  schlecht: 'gut',
  viel: 'wenig',
  viele: 'wenige',
  oft: 'selten',
  richtig: 'falsch',
  falsch: 'richtig',
  erlaubt: 'verboten',
  offen: 'zu',
  geöffnet: 'geschlossen',
  teuer: 'billig',
  schwer: 'leicht',
  leicht: 'schwer',
  gesund: 'krank',
  krank: 'gesund',
  groß: 'klein',
  klein: 'groß',
  alt: 'jung',
  genug: 'zu wenig',
  pünktlich: 'zu spät',
  da: 'weg',
  gleich: 'anders',
}

const HINTS: Readonly<Record<string, string>> = {
  nicht: 'Sagen Sie, was stimmt oder was man tun soll: „Bitte kommen Sie pünktlich.“ statt „Kommen Sie nicht zu spät.“',
  kein: 'Sagen Sie, was es gibt oder was nötig ist: „Sie brauchen nur Ihren Ausweis.“ statt „Sie brauchen kein Formular.“',
  nie: 'Sagen Sie, wann etwas passiert: „Das Amt ist nur von Montag bis Freitag offen.“ statt „Das Amt ist am Wochenende nie offen.“',
  niemand: 'Sagen Sie, wer etwas darf: „Nur Sie dürfen Ihre Post öffnen.“ statt „Niemand darf Ihre Post öffnen.“',
  nichts: 'Sagen Sie, was gilt: „Die Beratung ist kostenlos.“ statt „Die Beratung kostet nichts.“',
  weder: 'Schreiben Sie zwei kurze Sätze und sagen Sie, was stimmt.',
}

function hintFor(lower: string): string {
  if (lower.startsWith('kein')) return HINTS['kein'] ?? ''
  if (lower === 'niemals' || lower === 'nirgends' || lower === 'nirgendwo') return HINTS['nie'] ?? ''
  if (lower.startsWith('niemand')) return HINTS['niemand'] ?? ''
  return HINTS[lower] ?? HINTS['nicht'] ?? ''
}

/**
 * Negations (nicht, kein…, nie, niemand, nichts, …) are easy to overlook. This
 * is a warning: sometimes a negation is the clearest way to say something.
 */
export const negation: Rule = {
  id: 'negation',
  title: 'Verneinung',
  check({ parsed }) {
    const findings = []
    for (const sentence of parsed.sentences) {
      for (const word of sentence.words) {
        if (!NEGATIONS.has(word.lower)) continue
        const next = sentence.words[word.position + 1]
        const opposite = word.lower === 'nicht' && next !== undefined ? OPPOSITES[next.lower] : undefined
        if (opposite !== undefined && next !== undefined) {
          findings.push(
            spanFinding(
              'negation',
              'warning',
              word,
              next,
              `„${word.text} ${next.text}“ ist eine Verneinung. Schreiben Sie positiv: „${opposite}“.`,
              opposite,
            ),
          )
          continue
        }
        findings.push(
          spanFinding(
            'negation',
            'warning',
            word,
            word,
            `„${word.text}“ ist eine Verneinung. Verneinungen überliest man leicht. Schreiben Sie positiv, wenn es geht.`,
            hintFor(word.lower),
          ),
        )
      }
    }
    return findings
  },
}
