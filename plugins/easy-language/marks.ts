/**
 * The pieces of a text for showing its findings marked: the text cut at every
 * finding's start and end, each piece with the (1-based) numbers of the
 * findings covering it. Findings may overlap. Pure, for the editor component.
 */
import type { Finding } from '../../packages/easy-language-checker/index.ts'

type Located = Pick<Finding, 'index' | 'length' | 'severity'>

export interface Segment {
  text: string
  /** Numbers of the findings that cover this piece of text (empty: not flagged). */
  covered: number[]
  /** Numbers of the findings that end right after this piece. */
  ending: number[]
  severity: 'error' | 'warning' | null
}

/** The text cut at every finding's start and end, each piece with the findings covering it (overlaps allowed). */
export function segmentsOf(text: string, findings: readonly Located[]): Segment[] {
  const cuts = new Set([0, text.length])
  for (const f of findings) {
    cuts.add(Math.min(text.length, f.index))
    cuts.add(Math.min(text.length, f.index + f.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]]
    const covering = findings
      .map((f, n) => ({ f, n: n + 1 }))
      .filter(({ f }) => f.index < to && f.index + f.length > from)
    segments.push({
      text: text.slice(from, to),
      covered: covering.map(({ n }) => n),
      ending: covering.filter(({ f }) => f.index + f.length === to).map(({ n }) => n),
      severity: covering.length === 0 ? null : covering.some(({ f }) => f.severity === 'error') ? 'error' : 'warning',
    })
  }
  return segments
}
