'use client'
import { TextareaField, useConfig, useFormFields } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import {
  checkEasyLanguage,
  countLabel,
  describeFinding,
  PUBLISHED_WORDBOOK_PATH,
  type CheckedFinding,
  type EasyLanguageCheck,
  type FindingOverride,
  type Wordbook,
  type WordbookEntry,
  wordbookOf,
} from '../checker.ts'
import { segmentsOf } from '../marks.ts'

/** Wait this long after the last keystroke before checking again. */
const DEBOUNCE_MS = 300
/** Separates values in the strings the form selectors return (a string compares by value, so typing elsewhere re-renders nothing). */
const SEP = '\u001f'

type Fields = Record<string, { value?: unknown }>

/** Values of the array rows' sub-field, in row order, e.g. rowValues(fields, 'glossary', 'term'). */
function rowValues(fields: Fields, array: string, field: string): string[] {
  const pattern = new RegExp(`^${array}\\.(\\d+)\\.${field}$`)
  return Object.entries(fields)
    .map(([path, state]) => [pattern.exec(path)?.[1], state?.value] as const)
    .filter(([row]) => row !== undefined)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, value]) => (typeof value === 'string' ? value : ''))
}

const NO_WORDBOOK: Wordbook = { glossary: [], foreignWords: {} }

/**
 * The published Wörterbuch (explained terms and foreign words to replace),
 * read once through the REST API with the editor's session.
 */
function usePublishedWordbook(): Wordbook {
  const { config } = useConfig()
  const [wordbook, setWordbook] = useState<Wordbook>(NO_WORDBOOK)
  useEffect(() => {
    const controller = new AbortController()
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      serverURL: config.serverURL,
      path: PUBLISHED_WORDBOOK_PATH,
    })
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: WordbookEntry[] }) => setWordbook(wordbookOf(body.docs ?? [])))
      .catch(() => {
        // Without the Wörterbuch the check still runs; the server applies it when saving.
      })
    return () => controller.abort()
  }, [config.routes.api, config.serverURL])
  return wordbook
}

/**
 * Selects a finding's words in the textarea: focus, selection, and the
 * textarea scrolled so that the selection is in view (Chromium scrolls to
 * the selection when the field has focus; the page is scrolled to the field).
 */
function selectInTextarea(textarea: HTMLTextAreaElement | null, finding: CheckedFinding) {
  if (!textarea) return
  textarea.focus({ preventScroll: true })
  textarea.setSelectionRange(finding.index, finding.index + finding.length)
  // Without a native "scroll to selection": move the textarea's own scroll to the finding's line.
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 20
  const line = textarea.value.slice(0, finding.index).split('\n').length - 1
  const top = line * lineHeight
  if (top < textarea.scrollTop || top > textarea.scrollTop + textarea.clientHeight - lineHeight) {
    textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3)
  }
  textarea.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
}

function FindingItem({ finding, onSelect }: { finding: CheckedFinding; onSelect: (finding: CheckedFinding) => void }) {
  return (
    <li className={`lotse-easy-language-check__finding lotse-easy-language-check__finding--${finding.severity}`}>
      <button type="button" className="lotse-easy-language-check__jump" onClick={() => onSelect(finding)}>
        {describeFinding(finding)}
        <span className="lotse-easy-language-check__excerpt"> Stelle: „{finding.excerpt}“</span>
        <span className="lotse-easy-language-check__hint"> (im Text markieren)</span>
      </button>
    </li>
  )
}

/**
 * The text as written, with every open finding marked: a <mark> (background
 * and underline: solid for errors, dashed for hints, so not by colour alone)
 * followed by the finding's number in brackets, as in the list below.
 */
function MarkedText({ text, findings }: { text: string; findings: readonly CheckedFinding[] }) {
  const segments = useMemo(() => segmentsOf(text, findings), [text, findings])
  return (
    <div className="lotse-easy-language-check__marked">
      {segments.map((segment, i) =>
        segment.covered.length === 0 ? (
          <React.Fragment key={i}>{segment.text}</React.Fragment>
        ) : (
          <React.Fragment key={i}>
            <mark
              className={`lotse-easy-language-check__mark lotse-easy-language-check__mark--${segment.severity}`}
              data-findings={segment.covered.join(' ')}
            >
              {segment.text}
            </mark>
            {segment.ending.length > 0 && (
              <span className="lotse-easy-language-check__mark-number">[{segment.ending.join(', ')}]</span>
            )}
          </React.Fragment>
        ),
      )}
    </div>
  )
}

/**
 * The Leichte-Sprache text field: Payload's normal textarea and, below it,
 * the checker's findings for what is typed (checked in the browser, 300 ms
 * after the last change), with the text's own glossary, the published
 * Wörterbuch (explained terms, foreign words to replace) and the reviewers'
 * overrides, exactly as the server counts them. Each finding names its
 * sentence and is a button that selects its words in the textarea; below the
 * list the text is shown with the findings marked and numbered as in the list
 * (a read-only mirror: an overlay behind Payload's auto-growing textarea would
 * depend on its exact metrics).
 */
export const EasyLanguageTextField: TextareaFieldClientComponent = (props) => {
  const path = props.path ?? props.field.name
  const headingId = useId()
  const markedHeadingId = useId()
  const wrapper = useRef<HTMLDivElement>(null)
  const select = useCallback(
    (finding: CheckedFinding) => selectInTextarea(wrapper.current?.querySelector('textarea') ?? null, finding),
    [],
  )
  const text = useFormFields(([fields]) => fields[path]?.value)
  const ownGlossary = useFormFields(([fields]) => rowValues(fields as Fields, 'glossary', 'term').join(SEP))
  const overrideKey = useFormFields(([fields]) => {
    const rules = rowValues(fields as Fields, 'overrides', 'rule')
    const excerpts = rowValues(fields as Fields, 'overrides', 'excerpt')
    return rules.map((rule, i) => `${rule}${SEP}${excerpts[i] ?? ''}`).join('\n')
  })
  const published = usePublishedWordbook()

  const options = useMemo(() => {
    const overrides: FindingOverride[] = overrideKey
      ? overrideKey.split('\n').map((row) => {
          const [rule, excerpt] = row.split(SEP)
          return { rule, excerpt }
        })
      : []
    return {
      glossary: [...(ownGlossary ? ownGlossary.split(SEP) : []), ...published.glossary],
      foreignWords: published.foreignWords,
      overrides,
    }
  }, [ownGlossary, overrideKey, published])

  /** The last check and the text it checked (the marks' positions refer to that text). */
  const [result, setResult] = useState<(EasyLanguageCheck & { text: string }) | null>(null)
  useEffect(() => {
    const timer = setTimeout(() => {
      const checked = typeof text === 'string' ? text : ''
      setResult({ ...checkEasyLanguage(checked, options), text: checked })
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, options])

  const errors = result?.errors.length ?? 0
  const warnings = result?.warnings.length ?? 0
  const open = useMemo(() => result?.findings.filter((f) => !f.overridden) ?? [], [result])
  const overridden = result?.findings.filter((f) => f.overridden) ?? []
  const summary = !result
    ? 'Die Prüfung auf Leichte Sprache läuft …'
    : errors + warnings === 0
      ? 'Die Prüfung auf Leichte Sprache findet keine Fehler und keine Hinweise.'
      : `Die Prüfung auf Leichte Sprache findet ${countLabel(errors, warnings)}.` +
        (errors > 0 ? ' Mit Fehlern kann der Text nicht veröffentlicht werden.' : '')

  return (
    <div className="lotse-easy-language-field" ref={wrapper}>
      <TextareaField {...props} />
      <section className="lotse-easy-language-check" aria-labelledby={headingId}>
        <h3 id={headingId} className="lotse-easy-language-check__heading">
          Prüfung Leichte Sprache: {result ? countLabel(errors, warnings) : '…'}
        </h3>
        <p className="lotse-easy-language-check__summary" aria-live="polite">
          {summary}
        </p>
        {open.length > 0 && (
          <>
            <p className="lotse-easy-language-check__help">
              Klicken Sie auf eine Stelle: Sie wird im Textfeld markiert, und Sie können sie gleich ändern.
            </p>
            <ol className="lotse-easy-language-check__list">
              {open.map((finding) => (
                <FindingItem
                  key={`${finding.rule}-${finding.index}-${finding.length}`}
                  finding={finding}
                  onSelect={select}
                />
              ))}
            </ol>
            <section aria-labelledby={markedHeadingId}>
              <h4 id={markedHeadingId} className="lotse-easy-language-check__subheading">
                Die Stellen im Text (Nummern wie in der Liste)
              </h4>
              <MarkedText text={result?.text ?? ''} findings={open} />
            </section>
          </>
        )}
        {overridden.length > 0 && (
          <details className="lotse-easy-language-check__overridden">
            <summary>
              {overridden.length === 1
                ? '1 Stelle mit begründeter Ausnahme'
                : `${overridden.length} Stellen mit begründeter Ausnahme`}
            </summary>
            <ul className="lotse-easy-language-check__list">
              {overridden.map((finding) => (
                <FindingItem
                  key={`${finding.rule}-${finding.index}-${finding.length}`}
                  finding={finding}
                  onSelect={select}
                />
              ))}
            </ul>
          </details>
        )}
      </section>
    </div>
  )
}
