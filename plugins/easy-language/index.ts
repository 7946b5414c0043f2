/**
 * Leichte-Sprache governance as a Payload plugin (README.md beside this file):
 * the texts in Leichte Sprache, checked on every save by the dependency-free
 * checker (packages/easy-language-checker), with reviewers' overrides and the
 * review by the target group; the Wörterbuch; and "stale" texts, whose
 * service's standard text was published anew after their review.
 */
import type { CollectionConfig, Config, Field } from 'payload'
import { easyLanguageTexts } from './collections/EasyLanguageTexts.ts'
import { GlossaryTerms } from './collections/GlossaryTerms.ts'
import { markLinkedTextsStale } from './hooks/markLinkedTextsStale.ts'
import {
  setStandardTextVersion,
  STANDARD_TEXT_VERSION_FIELD,
  standardTextParts,
  type StandardTextCollection,
  type StandardTextDocument,
  type StandardTextPart,
} from './standardText.ts'
import { staleTextsPath, staleTextsTitle } from './admin/staleTextsRoute.ts'

export interface EasyLanguageOptions {
  /** What the Leichte-Sprache texts retell, so they can become stale when it changes. */
  standardText: {
    /** The collection whose documents the texts belong to (their `service` relationship points to it). */
    collection: StandardTextCollection
    /**
     * The fields (of any type: text, rich text, a list) that make up a
     * document's standard text. A change to one of them, once published,
     * makes the linked texts stale; a change elsewhere does not.
     */
    fields: readonly (keyof StandardTextDocument & string)[]
  }
}

const standardTextVersionField: Field = {
  name: STANDARD_TEXT_VERSION_FIELD,
  label: 'Fassung des Standardtextes',
  type: 'text',
  // A technical fingerprint (computed on save): kept in the API and the database, not shown to editors.
  admin: {
    hidden: true,
    readOnly: true,
    description:
      'Kennung der Fassung (wird beim Speichern berechnet). Texte in Leichter Sprache merken sich, gegen welche Fassung sie geprüft wurden.',
  },
}

/**
 * The standard-text collection with what the plugin needs on it: the
 * `standardTextVersion` field (last, in the sidebar), the hook that keeps it
 * in step (after the collection's own beforeChange hooks) and the one that
 * marks the linked texts stale when a document is published (before the
 * collection's own afterChange hooks, so the flag is written before the
 * publish is requested).
 */
function withStandardText(collection: CollectionConfig, parts: readonly StandardTextPart[]): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), setStandardTextVersion(parts)],
      afterChange: [markLinkedTextsStale, ...(collection.hooks?.afterChange ?? [])],
    },
    fields: [...collection.fields, standardTextVersionField],
  }
}

/**
 * Adds the collections `easy-language-texts` and `glossary-terms` (right
 * after the standard-text collection, so the admin's navigation lists them
 * beside it), the standard-text field and hooks on that collection, and the
 * admin view "Veraltete Texte in Leichter Sprache" with its navigation link.
 */
export const easyLanguage =
  (options: EasyLanguageOptions) =>
  <T extends Pick<Config, 'collections' | 'admin'>>(config: T): T => {
    const { collection: slug, fields } = options.standardText
    const collections = config.collections ?? []
    const at = collections.findIndex((collection) => collection.slug === slug)
    if (at === -1) throw new Error(`easyLanguage: the standard-text collection "${slug}" is not in the config`)
    const parts = standardTextParts(collections[at], fields)
    const components = config.admin?.components
    return {
      ...config,
      collections: [
        ...collections.slice(0, at),
        withStandardText(collections[at], parts),
        easyLanguageTexts(slug, parts),
        GlossaryTerms,
        ...collections.slice(at + 1),
      ],
      admin: {
        ...config.admin,
        components: {
          ...components,
          // First among Lotse's own links, as before the plugin existed.
          afterNavLinks: [
            {
              path: '/cms/components/admin/NavLink#AdminNavLink',
              clientProps: { path: staleTextsPath, label: staleTextsTitle, id: 'nav-lotse-stale' },
            },
            ...(components?.afterNavLinks ?? []),
          ],
          views: {
            ...components?.views,
            staleEasyLanguageTexts: {
              Component: '/plugins/easy-language/admin/StaleTextsView#StaleTextsView',
              path: staleTextsPath,
              exact: true,
              meta: { title: staleTextsTitle },
            },
          },
        },
      },
    }
  }

// The checker as the CMS applies it (findings with line, flagged text and overrides; German texts), for the
// seed's and the demo content's tests. Pure, so the editor's field component imports ./checker.ts itself.
export { checkEasyLanguage, describeFinding, type CheckedFinding, type EasyLanguageCheck } from './checker.ts'
// The stale texts and their admin view, for the editorial dashboard (plugins/dashboard).
export { ownGlossaryTerms, publishedWordbook } from './wordbook.ts'
export { findStaleTexts, formatReviewDate, type StaleText, type StaleTextsOfDepartment } from './staleTexts.ts'
export { staleTextsPath, staleTextsTitle } from './admin/staleTextsRoute.ts'
