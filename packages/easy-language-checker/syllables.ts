const VOWELS = new Set([...'aeiouyäöüéèêëàâáôóûúîíï'])

/** Vowel pairs that are spoken as one syllable nucleus. */
const ONE_SOUND = new Set(['äu', 'au', 'ei', 'ey', 'ai', 'ay', 'eu', 'ie', 'aa', 'ee', 'oo'])

function nucleiInGroup(group: string): number {
  let count = 0
  let i = 0
  while (i < group.length) {
    i += ONE_SOUND.has(group.slice(i, i + 2)) ? 2 : 1
    count++
  }
  return count
}

/**
 * Counts the syllables of a German word by its vowel groups. Diphthongs and
 * long vowels (au, äu, ei, eu, ie, aa, ee, oo) count once, so do "qu" and an
 * initial "y" before a vowel ("Yoga"). Every word has at least one syllable.
 * The count is a heuristic: "Familie" gives 3, "beenden" gives 2.
 */
export function countSyllables(word: string): number {
  let letters = word.toLowerCase().replace(/[^\p{L}]/gu, '')
  if (letters === '') return 0
  letters = letters.replace(/qu/gu, 'qv').replace(/^y(?=[aeiouäöü])/u, 'j')
  let count = 0
  let i = 0
  while (i < letters.length) {
    if (!VOWELS.has(letters[i] ?? '')) {
      i++
      continue
    }
    let end = i
    while (end < letters.length && VOWELS.has(letters[end] ?? '')) end++
    count += nucleiInGroup(letters.slice(i, end))
    i = end
  }
  return Math.max(1, count)
}
