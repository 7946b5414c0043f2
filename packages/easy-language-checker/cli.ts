/**
 * Command line: tsx packages/easy-language-checker/cli.ts [--json] [--strict] FILE
 *
 * Exit codes: 0 = checked, 1 = --strict and at least one error, 2 = bad usage or unreadable file.
 */
import { readFileSync } from 'node:fs'
import { analyze, RULES, type Finding, type TextStats } from './index.ts'

const USAGE = `Aufruf: tsx packages/easy-language-checker/cli.ts [--json] [--strict] DATEI

  DATEI      die Text·datei zum Prüfen, oder - für die Standard·eingabe
  --json     nur die Funde als JSON ausgeben
  --strict   mit Code 1 beenden, wenn es mindestens einen Fehler gibt
  --help     diese Hilfe zeigen
`

interface Arguments {
  json: boolean
  strict: boolean
  help: boolean
  file?: string
}

/** A problem with the command line (shows the usage) or with the input file (does not). */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message)
  }
}

function parseArguments(args: readonly string[]): Arguments {
  const result: Arguments = { json: false, strict: false, help: false }
  const files: string[] = []
  let optionsEnded = false
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && arg === '--json') result.json = true
    else if (!optionsEnded && arg === '--strict') result.strict = true
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) result.help = true
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Die Option „${arg}“ gibt es nicht.`)
    } else files.push(arg)
  }
  if (result.help) return result
  if (files.length === 0) throw new UsageError('Geben Sie eine Datei an. Für die Standard·eingabe schreiben Sie „-“.')
  if (files.length > 1) throw new UsageError('Geben Sie genau eine Datei an.')
  return { ...result, file: files[0] ?? '-' }
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8')
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`Die Datei „${file}“ gibt es nicht. Prüfen Sie den Pfad.`, false)
    if (code === 'EISDIR') throw new UsageError(`„${file}“ ist ein Ordner. Geben Sie eine Datei an.`, false)
    if (code === 'EACCES' || code === 'EPERM')
      throw new UsageError(`Sie dürfen die Datei „${file}“ nicht lesen.`, false)
    throw new UsageError(`Die Datei „${file}“ lässt sich nicht lesen: ${(error as Error).message}`, false)
  }
}

/** 1-based line and column (in UTF-16 code units) of an index. */
function lineColumn(lineStarts: readonly number[], index: number): [number, number] {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((lineStarts[middle] ?? 0) <= index) low = middle
    else high = middle - 1
  }
  return [low + 1, index - (lineStarts[low] ?? 0) + 1]
}

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 })
const twoDecimals = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 })

function fleschLabel(score: number): string {
  if (score >= 90) return 'sehr leicht'
  if (score >= 80) return 'leicht'
  if (score >= 70) return 'eher leicht'
  if (score >= 60) return 'mittel'
  if (score >= 50) return 'eher schwer'
  if (score >= 30) return 'schwer'
  return 'sehr schwer'
}

function formatStats(stats: TextStats): string {
  const rows: Array<[string, string]> = [
    ['Wörter', String(stats.words)],
    ['Sätze', String(stats.sentences)],
    ['Wörter pro Satz', decimal.format(stats.meanSentenceLength)],
    ['Silben', String(stats.syllables)],
    ['Silben pro Wort', twoDecimals.format(stats.meanSyllablesPerWord)],
    [
      'Flesch-Amstad',
      stats.fleschAmstad === null ? '–' : `${decimal.format(stats.fleschAmstad)} (${fleschLabel(stats.fleschAmstad)})`,
    ],
    ['Wiener Sachtextformel', stats.wienerSachtextformel === null ? '–' : decimal.format(stats.wienerSachtextformel)],
  ]
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return ['Statistik', ...rows.map(([label, value]) => `  ${(label + ':').padEnd(width)}${value}`)].join('\n')
}

function formatReport(name: string, text: string, findings: readonly Finding[], stats: TextStats): string {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const errors = findings.filter((finding) => finding.severity === 'error').length
  const warnings = findings.length - errors
  const titles = new Map(RULES.map((rule) => [rule.id, rule.title]))
  const lines: string[] = []
  lines.push(
    `${name}: ${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`,
  )
  lines.push('')
  if (findings.length === 0) lines.push('  Der Text hält alle Regeln ein.')
  const places = findings.map((finding) => lineColumn(lineStarts, finding.index).join(':'))
  const placeWidth = Math.max(0, ...places.map((place) => place.length))
  const ruleWidth = Math.max(0, ...findings.map((finding) => finding.rule.length))
  findings.forEach((finding, i) => {
    const severity = finding.severity === 'error' ? 'Fehler ' : 'Warnung'
    const excerpt = text.slice(finding.index, finding.index + finding.length).replace(/\s+/gu, ' ')
    const shown = excerpt.length > 60 ? `${excerpt.slice(0, 57)}…` : excerpt
    lines.push(
      `  ${(places[i] ?? '').padEnd(placeWidth)}  ${severity}  ${finding.rule.padEnd(ruleWidth)}  ${finding.message}`,
    )
    const indent = ' '.repeat(2 + placeWidth + 2 + 7 + 2 + ruleWidth + 2)
    lines.push(`${indent}Stelle: „${shown}“ (${titles.get(finding.rule) ?? finding.rule})`)
    if (finding.suggestion !== undefined) lines.push(`${indent}Vorschlag: ${finding.suggestion}`)
  })
  lines.push('')
  lines.push(formatStats(stats))
  return lines.join('\n') + '\n'
}

function main(args: readonly string[]): number {
  let parsed: Arguments
  let text: string
  try {
    parsed = parseArguments(args)
    if (parsed.help) {
      process.stdout.write(USAGE)
      return 0
    }
    text = readInput(parsed.file ?? '-')
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`Fehler: ${error.message}\n${error.showUsage ? `\n${USAGE}` : ''}`)
    return 2
  }
  const { findings, stats } = analyze(text)
  if (parsed.json) process.stdout.write(JSON.stringify(findings, null, 2) + '\n')
  else
    process.stdout.write(
      formatReport(parsed.file === '-' ? 'Standard·eingabe' : (parsed.file ?? ''), text, findings, stats),
    )
  return parsed.strict && findings.some((finding) => finding.severity === 'error') ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
