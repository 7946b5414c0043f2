/**
 * The structure of a text in Leichte Sprache, written in its lines: a line
 * starting "## " is a sub-heading, a line starting "1. ", "2. " … is a
 * numbered step. The markers are layout, not words: the rules see them as
 * blanks (same length, so every finding keeps its position).
 */

/** A sub-heading line: "## Wer bekommt das Geld?" */
export const HEADING_LINE = /^##[ \t]+/
/** A numbered step: "1. Sie stellen einen Antrag." */
export const STEP_LINE = /^(\d{1,2})\.[ \t]+/

/** The text with the structure markers at line starts replaced by spaces. */
export function maskStructure(text: string): string {
  return text.replace(/^(?:##[ \t]+|\d{1,2}\.[ \t]+)/gm, (marker) => ' '.repeat(marker.length))
}

/** How many sentences fit on one screen in Leichte Sprache (large type, one sentence per line). */
export const SENTENCES_PER_SCREEN = 12

/** Whether a text has at least one sub-heading line. */
export function hasSubHeading(text: string): boolean {
  return text.split(/\r?\n/).some((line) => HEADING_LINE.test(line.trim()))
}
