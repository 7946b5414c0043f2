import { COMPOUND_PARTS, FUGEN_S_SUFFIXES, PART_PREFIXES, PART_SUFFIXES } from './compound-parts.ts'

/** Linking elements between two parts (Fugenelemente) and their cost. */
const LINKS: ReadonlyArray<readonly [string, number]> = [
  ['', 0],
  ['s', 0.5],
  ['n', 0.5],
  ['es', 0.6],
  ['en', 0.6],
  ['e', 0.6],
  ['er', 0.7],
  ['ns', 0.7],
]

/** Endings after the last part (plural, case). */
const ENDINGS: ReadonlyArray<readonly [string, number]> = [
  ['', 0],
  ['e', 0.3],
  ['n', 0.3],
  ['en', 0.3],
  ['s', 0.3],
  ['es', 0.3],
  ['er', 0.3],
  ['ern', 0.3],
  ['em', 0.3],
  ['nen', 0.3],
]

const MIN_PART = 3
const KNOWN_COST = 2
/** An unknown piece costs this plus one per letter, so a known part is always preferred. */
const UNKNOWN_BASE = 2

interface Step {
  cost: number
  from: number
  /** End of the part itself, before its linking element. */
  partEnd: number
}

/** Cost of a stem followed by up to two suffixes ("fähig", "fähig·keit", "verantwort·lich·keit"). */
function stemCost(piece: string, lexicon: ReadonlySet<string>, suffixesLeft: number): number | undefined {
  if (piece.length < MIN_PART) return undefined
  if (lexicon.has(piece)) return KNOWN_COST
  if (suffixesLeft === 0) return undefined
  let best: number | undefined
  for (const suffix of PART_SUFFIXES) {
    if (!piece.endsWith(suffix)) continue
    const cost = stemCost(piece.slice(0, piece.length - suffix.length), lexicon, suffixesLeft - 1)
    if (cost !== undefined && (best === undefined || cost + 0.4 < best)) best = cost + 0.4
  }
  return best
}

function knownCost(piece: string, lexicon: ReadonlySet<string>): number | undefined {
  let best = stemCost(piece, lexicon, 2)
  for (const prefix of PART_PREFIXES) {
    if (!piece.startsWith(prefix)) continue
    const cost = stemCost(piece.slice(prefix.length), lexicon, 2)
    if (cost !== undefined && (best === undefined || cost + 0.4 < best)) best = cost + 0.4
  }
  return best
}

function pieceCost(piece: string, link: string, known: number | undefined): number {
  if (known !== undefined) return known
  // Fugen-s heuristic: "…ungs", "…heits", "…keits" close a part even when the part is unknown
  if (link === 's' && FUGEN_S_SUFFIXES.some((suffix) => piece.length > suffix.length + 2 && piece.endsWith(suffix))) {
    return UNKNOWN_BASE + 1 + 0.25 * piece.length
  }
  return UNKNOWN_BASE + piece.length
}

/**
 * Splits a compound into parts at plausible joints, keeping the linking
 * element with the part before it: "Schwerbehindertenausweis" →
 * ["Schwer", "behinderten", "ausweis"]. The parts keep the spelling of the
 * input. Returns `undefined` when no plausible split is found.
 */
export function splitCompound(word: string, extraParts: readonly string[] = []): string[] | undefined {
  if (extraParts.length > 0) return computeSplit(word, extraParts)
  if (cache.has(word)) return cache.get(word)?.slice()
  const parts = computeSplit(word, extraParts)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, parts)
  return parts?.slice()
}

const CACHE_LIMIT = 5000
const cache = new Map<string, string[] | undefined>()

function computeSplit(word: string, extraParts: readonly string[]): string[] | undefined {
  const lower = word.toLowerCase()
  if (lower.length !== word.length || !/^\p{L}+$/u.test(word)) return undefined
  const lexicon = extraParts.length === 0 ? COMPOUND_PARTS : new Set([...COMPOUND_PARTS, ...extraParts])
  const n = lower.length
  const best: Array<Step | undefined> = new Array<Step | undefined>(n + 1).fill(undefined)
  best[0] = { cost: 0, from: -1, partEnd: 0 }
  for (let start = 0; start < n; start++) {
    const here = best[start]
    if (here === undefined) continue
    for (let partEnd = start + MIN_PART; partEnd <= n; partEnd++) {
      const piece = lower.slice(start, partEnd)
      const known = knownCost(piece, lexicon)
      const glue = partEnd === n ? [['', 0] as const] : [...LINKS, ...ENDINGS]
      for (const [link, linkCost] of glue) {
        const end = partEnd + link.length
        if (end > n || lower.slice(partEnd, end) !== link) continue
        const isEnding = end === n
        if (isEnding && !ENDINGS.some(([ending]) => ending === link)) continue
        if (!isEnding && !LINKS.some(([linking]) => linking === link)) continue
        const cost = here.cost + pieceCost(piece, link, known) + linkCost
        const current = best[end]
        if (current === undefined || cost < current.cost - 1e-9) best[end] = { cost, from: start, partEnd }
      }
    }
  }
  const boundaries: number[] = []
  for (let end = n; end > 0;) {
    const step = best[end]
    if (step === undefined) return undefined
    boundaries.unshift(end)
    end = step.from
  }
  if (boundaries.length < 2) return undefined
  const parts: string[] = []
  let from = 0
  for (const end of boundaries) {
    parts.push(word.slice(from, end))
    from = end
  }
  return parts
}

/**
 * A spelling of `word` with its parts joined by a Mediopunkt ("Schwer·behinderten·ausweis")
 * or by hyphens with capitalised parts ("Schwer-Behinderten-Ausweis").
 */
export function suggestCompound(
  word: string,
  separator: '·' | '-' = '·',
  extraParts: readonly string[] = [],
): string | undefined {
  const parts = splitCompound(word, extraParts)
  if (parts === undefined) return undefined
  if (separator === '·') return parts.join('·')
  return parts.map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('-')
}
