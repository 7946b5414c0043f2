import type { Rule } from '../rule.ts'
import { isInside } from '../text.ts'
import type { Finding } from '../types.ts'

interface Kind {
  name: string
  hint: string
  suggestion?: string
}

const QUOTES: Kind = {
  name: 'Anführungs·zeichen',
  hint: 'Lassen Sie die Anführungs·zeichen weg. Erklären Sie ein besonderes Wort in einem eigenen Satz.',
}
const BRACKETS: Kind = {
  name: 'Klammern',
  hint: 'Schreiben Sie den Text aus der Klammer in einen eigenen Satz.',
}

const KINDS: Readonly<Record<string, Kind>> = {
  '§': {
    name: 'Das Paragrafen·zeichen',
    hint: 'Schreiben Sie „Paragraf“ oder lassen Sie den Paragrafen weg.',
    suggestion: 'Paragraf',
  },
  '&': { name: 'Das Und-Zeichen', hint: 'Schreiben Sie „und“.', suggestion: 'und' },
  ';': { name: 'Das Semikolon', hint: 'Machen Sie einen Punkt und beginnen Sie einen neuen Satz.', suggestion: '.' },
  '/': { name: 'Der Schräg·strich', hint: 'Schreiben Sie „oder“ oder „und“.', suggestion: 'oder' },
  '*': {
    name: 'Das Stern·chen',
    hint: 'Schreiben Sie beide Formen aus: „Bürgerinnen und Bürger“. Oder nehmen Sie ein Wort für alle: „die Menschen“.',
  },
  '…': { name: 'Die Aus·lassungs·punkte', hint: 'Schreiben Sie den Satz zu Ende.' },
  '...': { name: 'Die Aus·lassungs·punkte', hint: 'Schreiben Sie den Satz zu Ende.' },
}

const CHARACTERS = /\.{3,}|[§&;/*…()[\]{}"„“”«»‚‘’'›‹]/gu

function kindOf(found: string): Kind {
  if (found.startsWith('..')) return KINDS['...'] as Kind
  if ('()[]{}'.includes(found)) return BRACKETS
  return KINDS[found] ?? QUOTES
}

/**
 * Special characters that many readers do not know: §, &, ;, brackets,
 * quotation marks and apostrophes, slashes, asterisks and ellipses.
 * Web and e-mail addresses are skipped.
 */
export const specialCharacter: Rule = {
  id: 'special-character',
  title: 'Sonderzeichen',
  check({ text, parsed }) {
    const findings: Finding[] = []
    for (const match of text.matchAll(CHARACTERS)) {
      const found = match[0]
      if (isInside(parsed.ignored, match.index, match.index + found.length)) continue
      const kind = kindOf(found)
      const isPlural = kind === QUOTES || kind === BRACKETS
      const message = isPlural
        ? `${kind.name} („${found}“) sind schwer zu verstehen. ${kind.hint}`
        : `${kind.name} („${found}“) ist schwer zu verstehen. ${kind.hint}`
      const finding: Finding = {
        rule: 'special-character',
        severity: 'error',
        index: match.index,
        length: found.length,
        message,
      }
      findings.push(kind.suggestion === undefined ? finding : { ...finding, suggestion: kind.suggestion })
    }
    return findings
  },
}
