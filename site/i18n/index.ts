/**
 * UI strings: one flat file per language variant, dotted keys. Standard German
 * (de.json) is the reference; Leichte Sprache (de-ls.json) must have exactly
 * the same keys. Both are checked with one zod schema when the site is built.
 */
import { z } from 'zod'
import de from './de.json'
import deLs from './de-ls.json'

export type UiKey = keyof typeof de

/** Which strings a page uses: standard German, or Leichte Sprache on the Leichte-Sprache pages. */
export type UiVariant = 'standard' | 'easy'

/** Values put into `{name}` placeholders. */
export type UiParams = Record<string, string | number>

export type Translate = (key: UiKey, params?: UiParams) => string

const keys = Object.keys(de) as UiKey[]

/** Every key of de.json, each a non-empty string, and no other keys. */
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
)

function validate(name: string, strings: unknown): Record<UiKey, string> {
  const result = uiStringsSchema.safeParse(strings)
  if (!result.success) {
    throw new Error(`UI strings site/i18n/${name} do not match the keys of de.json:\n${z.prettifyError(result.error)}`)
  }
  return result.data
}

const strings: Record<UiVariant, Record<UiKey, string>> = {
  standard: validate('de.json', de),
  easy: validate('de-ls.json', deLs),
}

function format(template: string, params?: UiParams): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

/** The translate function of a variant. */
export function translator(variant: UiVariant = 'standard'): Translate {
  const table = strings[variant]
  return (key, params) => format(table[key], params)
}

/** Standard German UI string. */
export const t: Translate = translator('standard')
