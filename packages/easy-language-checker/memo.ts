/**
 * Remembers the results of a function of one word. The checker runs on every
 * keystroke in the editor, and a text uses the same words again and again; the
 * cache is emptied when it grows past `limit` entries.
 */
export function memoize<T>(fn: (word: string) => T, limit = 20_000): (word: string) => T {
  const cache = new Map<string, T>()
  return (word: string) => {
    const known = cache.get(word)
    if (known !== undefined || cache.has(word)) return known as T
    if (cache.size >= limit) cache.clear()
    const value = fn(word)
    cache.set(word, value)
    return value
  }
}
