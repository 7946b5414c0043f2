'use client'
import { toast } from '@payloadcms/ui'
import type React from 'react'

/**
 * Payload's upload drawer (several files at once, also "Neu erstellen" in an
 * image field) reports in English text written into its code, not through
 * its translations ("Failed to save 1 files"). Its toasts go through the
 * admin's single `toast` object, so the known sentences are replaced by
 * German ones that say what to do. Written by hand because Payload offers no
 * translation key for them (Payload 3.90); remove when it does.
 */
const german: [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /^Successfully saved (\d+) files?$/,
    ([, n]) => (n === '1' ? 'Die Datei wurde gespeichert.' : `${n} Dateien wurden gespeichert.`),
  ],
  [
    /^Failed to save (\d+) files?$/,
    ([, n]) =>
      `${n === '1' ? 'Eine Datei konnte' : `${n} Dateien konnten`} nicht gespeichert werden. ` +
      'Bitte prüfen Sie die rot markierten Angaben und speichern Sie erneut.',
  ],
  [/^Failed to fetch the file\.$/, () => 'Die Datei konnte nicht geladen werden. Bitte prüfen Sie die Adresse.'],
  [
    /^The provided URL is not allowed\.$/,
    () => 'Von dieser Adresse dürfen keine Dateien geladen werden. Bitte laden Sie die Datei von Ihrem Rechner hoch.',
  ],
]

function translate(message: unknown): unknown {
  if (typeof message !== 'string') return message
  for (const [pattern, german_] of german) {
    const match = message.match(pattern)
    if (match) return german_(match)
  }
  return message
}

type ToastFn = (message: unknown, data?: unknown) => unknown
const patched = toast as unknown as Record<'success' | 'error', ToastFn> & { lotseGerman?: boolean }
if (!patched.lotseGerman) {
  for (const kind of ['success', 'error'] as const) {
    const original = patched[kind]
    patched[kind] = (message, data) => original(translate(message), data)
  }
  patched.lotseGerman = true
}

/** Mounted as an admin provider, so that the replacement is in place before any upload. */
export function GermanUploadMessages({ children }: { children?: React.ReactNode }) {
  return children
}
