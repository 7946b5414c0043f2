'use client'
import { TextareaField, useConfig, useFormFields } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useId, useMemo, useState } from 'react'
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

function FindingItem({ finding }: { finding: CheckedFinding }) {
  return (
    <li className={`lotse-easy-language-check__finding lotse-easy-language-check__finding--${finding.severity}`}>
      {describeFinding(finding)}
      <span className="lotse-easy-language-check__excerpt"> Stelle: „{finding.excerpt}“</span>
    </li>
  )
}

/**
 * The Leichte-Sprache text field: Payload's normal textarea and, below it,
 * the checker's findings for what is typed (checked in the browser, 300 ms
 * after the last change), with the text's own glossary, the published
 * Wörterbuch (explained terms, foreign words to replace) and the reviewers'
 * overrides, exactly as the server counts them.
 */
export const EasyLanguageTextField: TextareaFieldClientComponent = (props) => {
  const path = props.path ?? props.field.name
  const headingId = useId()
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

  const [result, setResult] = useState<EasyLanguageCheck | null>(null)
  useEffect(() => {
    const timer = setTimeout(
      () => setResult(checkEasyLanguage(typeof text === 'string' ? text : '', options)),
      DEBOUNCE_MS,
    )
    return () => clearTimeout(timer)
  }, [text, options])

  const errors = result?.errors.length ?? 0
  const warnings = result?.warnings.length ?? 0
  const open = result?.findings.filter((f) => !f.overridden) ?? []
  const overridden = result?.findings.filter((f) => f.overridden) ?? []
  const summary = !result
    ? 'Die Prüfung auf Leichte Sprache läuft …'
    : errors + warnings === 0
      ? 'Die Prüfung auf Leichte Sprache findet keine Fehler und keine Hinweise.'
      : `Die Prüfung auf Leichte Sprache findet ${countLabel(errors, warnings)}.` +
        (errors > 0 ? ' Mit Fehlern kann der Text nicht veröffentlicht werden.' : '')

  return (
    <div className="lotse-easy-language-field">
      <TextareaField {...props} />
      <section className="lotse-easy-language-check" aria-labelledby={headingId}>
        <h3 id={headingId} className="lotse-easy-language-check__heading">
          Prüfung Leichte Sprache: {result ? countLabel(errors, warnings) : '…'}
        </h3>
        <p className="lotse-easy-language-check__summary" aria-live="polite">
          {summary}
        </p>
        {open.length > 0 && (
          <ul className="lotse-easy-language-check__list">
            {open.map((finding) => (
              <FindingItem key={`${finding.rule}-${finding.index}-${finding.length}`} finding={finding} />
            ))}
          </ul>
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
                <FindingItem key={`${finding.rule}-${finding.index}-${finding.length}`} finding={finding} />
              ))}
            </ul>
          </details>
        )}
      </section>
    </div>
  )
}
