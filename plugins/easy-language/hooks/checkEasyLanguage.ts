import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'
import { ownGlossaryTerms, publishedWordbook } from '../wordbook.ts'
import { checkEasyLanguage, publishRefusalMessage, publishRefusalSummary } from '../checker.ts'
import type { EasyLanguageText } from '../../../cms/payload-types.ts'

const missingReview =
  'Der Text kann erst veröffentlicht werden, wenn die Prüfung durch die Zielgruppe eingetragen ist ' +
  '(geprüft am, Prüfgruppe oder Person). Bitten Sie die Prüfung Leichte Sprache, die Prüfung einzutragen.'

/**
 * Applies the Leichte-Sprache checker to every save of a text, with the
 * text's own glossary, the published Wörterbuch (its explained terms and the
 * foreign words it asks to replace) and the reviewers' overrides:
 *
 * - stores the counts of error and warning findings (drafts too), for the list;
 * - refuses publishing while error findings remain or no review is recorded,
 *   with a ValidationError on `text` and `review` that lists each finding in
 *   German. It is thrown before anything is written, so the live version
 *   stays as it was. Drafts may hold findings: they are work in progress.
 */
export const checkEasyLanguageText: CollectionBeforeChangeHook<EasyLanguageText> = async ({
  collection,
  data,
  req,
}) => {
  const text = typeof data.text === 'string' ? data.text : ''
  const wordbook = await publishedWordbook(req)
  const glossary = [...ownGlossaryTerms(data.glossary), ...wordbook.glossary]
  // An empty list comes from the admin form as its row count 0.
  const overrides = Array.isArray(data.overrides) ? data.overrides : []
  const { errors: findings, warnings } = checkEasyLanguage(text, {
    glossary,
    foreignWords: wordbook.foreignWords,
    overrides,
  })
  data.lsErrors = findings.length
  data.lsWarnings = warnings.length

  if (data._status !== 'published') return data
  const reviewMissing = !data.review?.reviewedAt || !data.review.reviewedBy?.trim()
  if (findings.length === 0 && !reviewMissing) return data
  const errors: ValidationFieldError[] = []
  if (findings.length > 0) errors.push({ path: 'text', label: 'Text', message: publishRefusalMessage(findings) })
  if (reviewMissing) errors.push({ path: 'review', label: 'Prüfung durch die Zielgruppe', message: missingReview })
  const error = new ValidationError({ collection: collection.slug, errors, req }, req.t)
  // A message that names the findings itself, not only "Das folgende Feld ist nicht korrekt: Text": the
  // production build of the admin passes on only an error's name and message (class names are minified and
  // the field errors are dropped), and shows the message's comma-separated items as a list.
  error.name = 'ValidationError'
  error.message = publishRefusalSummary(findings, reviewMissing)
  throw error
}
