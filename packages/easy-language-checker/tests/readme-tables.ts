/**
 * Reads the figure tables of the plugin's README, so that a test can compare
 * them with what the evaluator measures. Written by hand: a Markdown table is
 * a few lines of "| a | b |", and a parser library would be a dependency for
 * ten lines of code.
 */

/** The text under a heading (given exactly, e.g. "### Fourth batch: held out (out of sample)"), up to the next heading of the same or a higher level. */
export function sectionOf(markdown: string, heading: string): string {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === heading)
  if (start < 0) throw new Error(`The README has no heading "${heading}"`)
  const level = heading.indexOf(' ')
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /u.test(line) && line.indexOf(' ') <= level)
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** A table's rows as objects keyed by the header cells. */
export type TableRow = Record<string, string>

/** The first Markdown table in a text (header, separator line, rows). */
export function firstTable(text: string): TableRow[] {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.trim().startsWith('|'))
  if (start < 0) throw new Error('no table found')
  const block: string[] = []
  for (const line of lines.slice(start)) {
    if (!line.trim().startsWith('|')) break
    block.push(line.trim())
  }
  const cells = (line: string) =>
    line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((cell) => cell.trim())
  const [header, separator, ...rows] = block
  if (header === undefined || separator === undefined || !/^\|[\s:|-]+\|?$/u.test(separator)) {
    throw new Error('a table needs a header and a separator line')
  }
  const names = cells(header)
  return rows.map((row) => {
    const values = cells(row)
    if (values.length !== names.length) throw new Error(`row "${row}" has ${values.length} cells, not ${names.length}`)
    return Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']))
  })
}

/** The rule id of a row ("`long-word`" → "long-word"). */
export function ruleOf(row: TableRow): string {
  return (row['Rule'] ?? '').replace(/`/gu, '')
}

/** The numbers in a cell: "36.4 → 100.0 %" → [36.4, 100], "–" → []. */
export function numbersIn(cell: string | undefined): number[] {
  return [...(cell ?? '').matchAll(/\d+(?:\.\d+)?/gu)].map((match) => Number(match[0]))
}

/** The text with every run of white space as one space (bold figures may break across lines). */
export function flat(text: string): string {
  return text.replace(/\s+/gu, ' ')
}
