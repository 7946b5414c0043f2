/**
 * Read-aloud island of the Leichte-Sprache pages. Reads the text of <main>
 * one sentence at a time with the browser's speech synthesis, highlights the
 * sentence being read (data-reading on its element) and scrolls it into view.
 * One button starts, pauses and resumes (a pause stops the sentence and the
 * same sentence is read again on resume: browsers pause unreliably); "Stopp"
 * ends and goes back to the start. Only a German voice on the device
 * (localService) speaks, so that no text leaves the device: a browser's
 * default voice may be an online service (Chrome's "Google Deutsch"), so the
 * text is never given to the default. Chrome lists its voices only a moment
 * after the page has loaded: the first click waits for the list
 * (`voiceschanged`, at most VOICES_WAIT_MS). Without a German voice on the
 * device the button is disabled and the bar says why.
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

/** How long the first click waits for a voice list that is still empty. */
export const VOICES_WAIT_MS = 2000

/** The first German voice on the device (never an online one), if the list has one. */
export function localGermanVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  return voices.find((voice) => voice.localService && /^de(\b|[-_])/i.test(voice.lang))
}

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
  /** The German voice on the device; undefined while the list is empty or when it has none. */
  private voice: SpeechSynthesisVoice | undefined
  /** Whether the browser has listed its voices (Chrome does so a moment after loading). */
  private voicesListed = false
  /** The first click is waiting for the list. */
  private waiting = false

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
      else void this.play()
    })
    this.stopButton.addEventListener('click', () => this.stop())
    // Leaving the page stops the voice.
    window.addEventListener('pagehide', () => window.speechSynthesis.cancel())
    // The list can come (Chrome, after loading) or change (a voice installed) at any time.
    window.speechSynthesis.addEventListener?.('voiceschanged', () => this.updateVoice())
    this.updateVoice()
  }

  /** Takes the German voice on the device from the browser's list, once the list is there. */
  private updateVoice(): void {
    const voices = window.speechSynthesis.getVoices()
    if (voices.length === 0) return
    this.voicesListed = true
    this.voice = localGermanVoice(voices)
    if (this.voice) {
      if (this.toggle.disabled) {
        this.toggle.disabled = false
        this.status.textContent = ''
      }
    } else this.noVoice()
  }

  /** No German voice on the device: nothing is read, the button is disabled and the bar says why. */
  private noVoice(): void {
    if (this.state !== 'idle') this.stop()
    this.toggle.disabled = true
    this.status.textContent = this.m.noVoice
  }

  /** Resolves when the browser has listed its voices, or after VOICES_WAIT_MS. */
  private waitForVoices(): Promise<void> {
    const synthesis = window.speechSynthesis
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        synthesis.removeEventListener?.('voiceschanged', done)
        this.updateVoice()
        resolve()
      }
      const timer = setTimeout(done, VOICES_WAIT_MS)
      synthesis.addEventListener?.('voiceschanged', done)
    })
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

  private async play(): Promise<void> {
    if (this.waiting) return
    if (!this.voicesListed) {
      this.waiting = true
      this.toggle.setAttribute('aria-busy', 'true')
      await this.waitForVoices()
      this.waiting = false
      this.toggle.removeAttribute('aria-busy')
    }
    const voice = this.voice
    if (!voice) return this.noVoice()
    if (this.state === 'idle') {
      this.sentences = this.collect()
      this.index = 0
    }
    this.status.textContent = ''
    this.setState('reading')
    this.speak(voice)
  }

  private speak(voice: SpeechSynthesisVoice): void {
    const sentence = this.sentences[this.index]
    if (!sentence) return this.stop()
    this.highlight(sentence.element)
    const utterance = new SpeechSynthesisUtterance(sentence.text)
    utterance.voice = voice
    utterance.lang = voice.lang
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
