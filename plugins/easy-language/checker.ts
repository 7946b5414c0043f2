/**
 * The Leichte-Sprache checker as the CMS uses it: findings with their place (sentence, paragraph),
 * the flagged text and whether a reviewer has overridden them, and the German
 * texts for editors. Pure (no Node, no Payload), so the editor component in
 * the browser and the hooks on the server give exactly the same results.
 */
import {
  check,
  HEADING_LINE,
  maskStructure,
  RULES,
  splitSentences,
  type Finding,
  type RuleId,
} from '../../packages/easy-language-checker/index.ts'

/** A reviewer's written exception for one finding (the `overrides` rows of a Leichte-Sprache text). */
export interface FindingOverride {
  rule?: string | null
  excerpt?: string | null
}

export interface CheckedFinding extends Finding {
  /** 1-based line of the finding's start (one sentence per line). */
  line: number
  /** Where the finding is in the editor's words: "Satz 3", "Absatz 2, Satz 1", "Überschrift „Was ist das?“". */
  place: string
  /** The flagged text: `text.slice(index, index + length)`. */
  excerpt: string
  /** True when a reviewer recorded an exception for exactly this rule and text. */
  overridden: boolean
}

export interface EasyLanguageCheck {
  /** All findings, overridden ones included, in text order. */
  findings: CheckedFinding[]
  /** Error findings that are not overridden: they block publishing. */
  errors: CheckedFinding[]
  /** Warnings that are not overridden. */
  warnings: CheckedFinding[]
}

/** The rules as select options (id and German title), for the overrides' rule field. */
export const ruleOptions: { label: string; value: RuleId }[] = RULES.map((rule) => ({
  label: rule.title,
  value: rule.id,
}))

/** 1-based line number of a position in the text. */
export function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Where a position is, as editors count: the sentence within its paragraph
 * (paragraphs are separated by blank lines and start at sub-headings), the
 * paragraph only when the text has more than one, or the sub-heading itself.
 */
export function placeOf(text: string, index: number): string {
  const lines = text.split('\n')
  let offset = 0
  let paragraph = 0
  let paragraphStart = 0
  let inParagraph = false
  let heading: string | null = null
  for (const line of lines) {
    const isHeading = HEADING_LINE.test(line.trim())
    const blank = line.trim() === ''
    if (blank || isHeading) inParagraph = false
    else if (!inParagraph) {
      inParagraph = true
      paragraph++
      paragraphStart = offset
    }
    if (index <= offset + line.length) {
      heading = isHeading ? line.trim().replace(HEADING_LINE, '') : null
      break
    }
    offset += line.length + 1
  }
  if (heading !== null) return `Überschrift „${heading}“`
  const paragraphs = text.split('\n').reduce((count, line, i, all) => {
    const starts = line.trim() !== '' && !HEADING_LINE.test(line.trim())
    const previous = i > 0 ? all[i - 1].trim() : ''
    return starts && (i === 0 || previous === '' || HEADING_LINE.test(previous)) ? count + 1 : count
  }, 0)
  const before = maskStructure(text.slice(paragraphStart, Math.max(paragraphStart, index)))
  // Sentences that start before the position; the position's own sentence counts even when it starts there.
  const sentence = Math.max(1, splitSentences(before + 'X').length)
  return paragraphs > 1 && paragraph > 0 ? `Absatz ${paragraph}, Satz ${sentence}` : `Satz ${sentence}`
}

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim()

/** Whether an override covers a finding: same rule, and the flagged text equals the excerpt. */
export function isOverridden(
  finding: { rule: string; excerpt: string },
  overrides: readonly FindingOverride[],
): boolean {
  const flagged = normalise(finding.excerpt)
  return overrides.some(
    (o) => o.rule === finding.rule && typeof o.excerpt === 'string' && normalise(o.excerpt) === flagged,
  )
}

/** A Wörterbuch entry (collection `glossary-terms`) as far as the checker needs it. */
export interface WordbookEntry {
  term?: unknown
  /** "Fremdwort – stattdessen in Leichter Sprache": the German word to write instead of the term. */
  replacement?: unknown
}

/** The Wörterbuch as checker options. */
export interface Wordbook {
  /** Terms that the Wörterbuch explains: the checker accepts them (abbreviations, foreign words). */
  glossary: string[]
  /** Foreign words that an entry asks to replace, with the replacement: the checker reports them as `foreign-word`. */
  foreignWords: Record<string, string>
}

/** The REST query with which the editor's live check reads the published Wörterbuch (path below the API route). */
export const PUBLISHED_WORDBOOK_PATH =
  '/glossary-terms?where[_status][equals]=published&pagination=false&depth=0&select[term]=true&select[replacement]=true'

/**
 * The checker's options from Wörterbuch entries: an entry without a
 * replacement explains its term, so the term may be used; an entry with one
 * marks its term as a foreign word to be replaced, so it is reported with
 * that word as suggestion (unless a text explains it in its own glossary).
 */
export function wordbookOf(entries: readonly WordbookEntry[]): Wordbook {
  const glossary: string[] = []
  const foreignWords: [string, string][] = []
  for (const entry of entries) {
    const term = typeof entry.term === 'string' ? entry.term.trim() : ''
    if (term === '') continue
    const replacement = typeof entry.replacement === 'string' ? entry.replacement.trim() : ''
    if (replacement === '') glossary.push(term)
    else foreignWords.push([term, replacement])
  }
  return { glossary, foreignWords: Object.fromEntries(foreignWords) }
}

/**
 * Checks a text with the glossary terms (the text's own and the published
 * Wörterbuch), the foreign words the Wörterbuch asks to replace, and applies
 * the overrides.
 */
export function checkEasyLanguage(
  text: string,
  {
    glossary = [],
    foreignWords = {},
    overrides = [],
  }: {
    glossary?: readonly string[]
    foreignWords?: Readonly<Record<string, string>>
    overrides?: readonly FindingOverride[]
  } = {},
): EasyLanguageCheck {
  const terms = [...new Set(glossary.map((term) => term.trim()).filter((term) => term !== ''))]
  const findings = check(text, { glossary: terms, foreignWords: { ...foreignWords } }).map(
    (finding): CheckedFinding => {
      const excerpt = text.slice(finding.index, finding.index + finding.length)
      return {
        ...finding,
        line: lineOf(text, finding.index),
        place: placeOf(text, finding.index),
        excerpt,
        overridden: isOverridden({ rule: finding.rule, excerpt }, overrides),
      }
    },
  )
  const open = findings.filter((f) => !f.overridden)
  return {
    findings,
    errors: open.filter((f) => f.severity === 'error'),
    warnings: open.filter((f) => f.severity === 'warning'),
  }
}

export const severityLabel = (severity: Finding['severity']) => (severity === 'error' ? 'Fehler' : 'Hinweis')

/** "Satz 3, Fehler: <message> – Vorschlag: <suggestion>" */
export function describeFinding(finding: CheckedFinding): string {
  const suggestion = finding.suggestion ? ` – Vorschlag: ${finding.suggestion}` : ''
  return `${finding.place}, ${severityLabel(finding.severity)}: ${finding.message}${suggestion}`
}

/** "2 Fehler, 1 Hinweis" */
export function countLabel(errors: number, warnings: number): string {
  return `${errors} Fehler, ${warnings} ${warnings === 1 ? 'Hinweis' : 'Hinweise'}`
}

/** The German message when publishing is refused because of error findings. */
export function publishRefusalMessage(errors: readonly CheckedFinding[]): string {
  const list = errors.map((f) => `${f.place}: ${f.message} (Stelle: „${f.excerpt}“)`).join('\n')
  const count = errors.length === 1 ? 'einen Fehler' : `${errors.length} Fehler`
  return (
    `Der Text kann nicht veröffentlicht werden: Die Prüfung auf Leichte Sprache hat ${count} gefunden. ` +
    'Bitte korrigieren Sie den Text. Ist eine Stelle trotzdem richtig, kann die Prüfung Leichte Sprache ' +
    `dafür eine begründete Ausnahme eintragen.\n${list}`
  )
}

const ruleTitles = new Map<string, string>(ruleOptions.map((o) => [o.value, o.label]))

/** A flagged text for one line of a list: without commas, at most 40 characters. */
function shortExcerpt(excerpt: string): string {
  const flat = excerpt.replace(/,/g, '').replace(/\s+/g, ' ').trim()
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat
}

/**
 * The one-line form of a refusal, for the admin's error message: an intro,
 * a colon, then the items separated by commas (the admin shows them as a
 * list), e.g. "… eintragen: Satz 2 – Passiv „wird vom Amt geprüft“, Prüfung durch die Zielgruppe fehlt".
 */
export function publishRefusalSummary(errors: readonly CheckedFinding[], reviewMissing: boolean): string {
  const items = errors.map((f) => `${f.place} – ${ruleTitles.get(f.rule) ?? f.rule} „${shortExcerpt(f.excerpt)}“`)
  if (reviewMissing) items.push('Prüfung durch die Zielgruppe fehlt')
  return (
    'Der Text kann nicht veröffentlicht werden. Bitte korrigieren Sie diese Stellen oder lassen Sie eine begründete ' +
    `Ausnahme oder die Prüfung eintragen: ${items.join(', ')}`
  )
}
