import React, { type ReactNode } from 'react'
import { siteUrl } from '../../../cms/lib/publicEndpoint.ts'
import { bookingTexts, EASY_PARAM, EASY_VALUE, type BookingVariant } from '../texts.ts'
import { pageStyles } from './styles.ts'

/** The frame of every booking page: head, skip link, the way back to the site, the heading, the footer. */
export function Page({ title, variant, children }: { title: string; variant: BookingVariant; children: ReactNode }) {
  const x = bookingTexts[variant]
  return (
    <html lang="de">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${x.siteName}`}</title>
        <link rel="icon" href="data:," />
        <style>{pageStyles}</style>
      </head>
      <body className={variant === 'easy' ? 'easy' : undefined}>
        <a className="skip" href="#inhalt">
          {x.skipLink}
        </a>
        <header>
          <a href={`${siteUrl()}${x.homePath}`}>{x.homeLink}</a>
        </header>
        <main id="inhalt" tabIndex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
        <footer>
          <a href={`${siteUrl()}/datenschutz/`}>{x.privacy}</a> ·{' '}
          <a href={`${siteUrl()}/barrierefreiheit/`}>{x.accessibility}</a>
        </footer>
      </body>
    </html>
  )
}

/** The link back to the site's start page (in Leichte Sprache for the easy pages). */
export function BackLink({ variant, text }: { variant: BookingVariant; text?: string }) {
  const x = bookingTexts[variant]
  return (
    <p>
      <a href={`${siteUrl()}${x.homePath}`}>{text ?? x.back}</a>
    </p>
  )
}

/** The hidden field that keeps Leichte Sprache through a form post. */
export function VariantField({ variant }: { variant: BookingVariant }) {
  return variant === 'easy' ? <input type="hidden" name={EASY_PARAM} value={EASY_VALUE} /> : null
}
