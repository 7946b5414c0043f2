/**
 * Read-aloud island of the Leichte-Sprache pages. Reads the text of <main>
 * one sentence at a time with the browser's speech synthesis, highlights the
 * sentence being read (data-reading on its element) and scrolls it into view.
 * One button starts, pauses and resumes (a pause stops the sentence and the
 * same sentence is read again on resume: browsers pause unreliably); "Stopp"
 * ends and goes back to the start. Only voices on the device are used
 * (localService), German ones first, so that no text leaves the device.
 */
import { MEDIOPUNKT } from '../../lib/easyLanguage.ts'

interface Messages {
  start: string
  pause: string
  resume: string
  noVoice: string
  failed: string
}

interface Sentence {
  element: HTMLElement
  /** What is spoken: the sentence with words joined at the Mediopunkt ("Blindengeld"). */
  text: string
}

type State = 'idle' | 'reading' | 'paused'

/** Elements whose text is read, in document order (one sentence per line in Leichte Sprache). */
const READ = 'h1, h2, h3, h4, p, li, dt, dd'
/** Never read: the bar itself, hidden text, navigation lists inside main, the search index helpers. */
const SKIP = '[data-read-aloud], [hidden], [aria-hidden="true"], .visually-hidden, nav, script, style, noscript'

export class ReadAloudError extends Error {
  override name = 'ReadAloudError'
}

/** The sentences of an element's text: after . ! ? or : followed by a space. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:])\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** What the voice says: Mediopunkt words joined, so that no voice reads the dot. */
export function spoken(text: string): string {
  return text.split(MEDIOPUNKT).join('')
}

export class ReadAloud {
  private readonly toggle: HTMLButtonElement
  private readonly label: HTMLElement
  private readonly stopButton: HTMLButtonElement
  private readonly status: HTMLElement
  private readonly m: Messages
  private sentences: Sentence[] = []
  private index = 0
  private state: State = 'idle'
  /** Counts utterances, so that the end of a cancelled one is ignored. */
  private generation = 0

  constructor(private readonly root: HTMLElement) {
    const q = <T extends Element>(selector: string): T => {
      const found = root.querySelector<T>(selector)
      if (!found) throw new ReadAloudError(`ReadAloud: the markup has no ${selector}`)
      return found
    }
    this.toggle = q('[data-read-aloud-toggle]')
    this.label = q('[data-read-aloud-label]')
    this.stopButton = q('[data-read-aloud-stop]')
    this.status = q('[data-read-aloud-status]')
    this.m = JSON.parse(root.dataset.messages ?? '{}') as Messages
  }

  start(): void {
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
      this.root.remove()
      return
    }
    this.toggle.addEventListener('click', () => {
      if (this.state === 'reading') this.pause()
      else this.play()
    })
    this.stopButton.addEventListener('click', () => this.stop())
    // Leaving the page stops the voice.
    window.addEventListener('pagehide', () => window.speechSynthesis.cancel())
  }

  private collect(): Sentence[] {
    const main = document.querySelector('main')
    if (!main) return []
    const list: Sentence[] = []
    for (const element of main.querySelectorAll<HTMLElement>(READ)) {
      if (element.closest(SKIP)) continue
      // The innermost readable element carries the text (a <p> inside an <li> is read once).
      if (element.querySelector(READ)) continue
      for (const sentence of splitSentences(element.textContent ?? '')) list.push({ element, text: spoken(sentence) })
    }
    return list
  }

  /** A voice on this device, German if there is one; undefined when the device has none. */
  private voice(): SpeechSynthesisVoice | null | undefined {
    const voices = window.speechSynthesis.getVoices()
    if (voices.length === 0) return null // not loaded yet: the browser's default (on the device)
    const local = voices.filter((voice) => voice.localService)
    return local.find((voice) => voice.lang.toLowerCase().startsWith('de')) ?? undefined
  }

  private play(): void {
    if (this.state === 'idle') {
      this.sentences = this.collect()
      this.index = 0
    }
    const voice = this.voice()
    if (voice === undefined) {
      this.status.textContent = this.m.noVoice
      return
    }
    this.status.textContent = ''
    this.setState('reading')
    this.speak(voice)
  }

  private speak(voice: SpeechSynthesisVoice | null): void {
    const sentence = this.sentences[this.index]
    if (!sentence) return this.stop()
    this.highlight(sentence.element)
    const utterance = new SpeechSynthesisUtterance(sentence.text)
    utterance.lang = 'de-DE'
    if (voice) utterance.voice = voice
    const generation = ++this.generation
    utterance.onend = () => {
      if (generation !== this.generation || this.state !== 'reading') return
      this.index++
      this.speak(voice)
    }
    utterance.onerror = (event) => {
      if (generation !== this.generation || this.state !== 'reading') return
      if (event.error === 'interrupted' || event.error === 'canceled') return
      this.stop()
      this.status.textContent = this.m.failed
    }
    window.speechSynthesis.speak(utterance)
  }

  private pause(): void {
    this.generation++
    this.setState('paused')
    window.speechSynthesis.cancel()
  }

  private stop(): void {
    this.generation++
    window.speechSynthesis.cancel()
    this.highlight(undefined)
    this.index = 0
    this.setState('idle')
  }

  private highlight(element: HTMLElement | undefined): void {
    for (const marked of document.querySelectorAll('[data-reading]')) marked.removeAttribute('data-reading')
    if (!element) return
    element.setAttribute('data-reading', '')
    element.scrollIntoView({ block: 'nearest' })
  }

  private setState(state: State): void {
    this.state = state
    this.root.dataset.state = state
    this.label.textContent = state === 'reading' ? this.m.pause : state === 'paused' ? this.m.resume : this.m.start
    this.stopButton.hidden = state === 'idle'
  }
}
