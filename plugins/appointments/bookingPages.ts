/**
 * The CMS-served pages of the booking flow without JavaScript. Plain HTML
 * with the site's look (colours and type of site/styles/global.css, inlined:
 * the CMS cannot know the site's hashed stylesheet name). Every dynamic value
 * goes through `escapeHtml`.
 */
import type { BookingContext, PublicSlot } from './endpoints.ts'
import { bookingTexts, EASY_PARAM, EASY_VALUE, fill, type BookingVariant } from './texts.ts'
import { type FieldError, HONEYPOT_FIELD, cmsUrl, escapeHtml as e, siteUrl } from '../../cms/lib/publicEndpoint.ts'

const css = `
*{box-sizing:border-box}body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffd54a}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}header{border-bottom:4px solid #0b4f8a}
label{display:block;font-weight:600;margin-top:1rem}.hint{font-weight:400;color:#4a4a4a;display:block}
input,select,textarea{font:inherit;width:100%;padding:.5rem;border:2px solid #4a4a4a;border-radius:4px}
button{font:inherit;font-weight:600;margin-top:1.5rem;padding:.6rem 1.2rem;border:2px solid #0b4f8a;border-radius:4px;background:#0b4f8a;color:#fff;cursor:pointer}
.error{border-left:6px solid #b00020;padding:.5rem 1rem;background:#fdecee}.ok{border-left:6px solid #1e6b34;padding:.5rem 1rem;background:#e8f5ec}
.field-error{color:#b00020;font-weight:600}.trap{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}
`

export function page(title: string, body: string, variant: BookingVariant = 'standard'): string {
  const x = bookingTexts[variant]
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)} – ${e(x.siteName)}</title>
<link rel="icon" href="data:,">
<style>${css}${variant === 'easy' ? cssEasy : ''}</style>
</head>
<body>
<a class="skip" href="#inhalt">${e(x.skipLink)}</a>
<header><a href="${e(siteUrl())}${e(x.homePath)}">${e(x.homeLink)}</a></header>
<main id="inhalt" tabindex="-1">
<h1>${e(title)}</h1>
${body}
</main>
<footer><a href="${e(siteUrl())}/datenschutz/">${e(x.privacy)}</a> · <a href="${e(siteUrl())}/barrierefreiheit/">${e(x.accessibility)}</a></footer>
</body>
</html>
`
}

/** Leichte Sprache: larger type, more space between lines. */
const cssEasy = `body{font-size:1.3125rem;line-height:1.7}`

export function renderMessage(title: string, message: string, variant: BookingVariant = 'standard'): string {
  const x = bookingTexts[variant]
  return page(title, `<p>${e(message)}</p>\n<p><a href="${e(siteUrl())}${e(x.homePath)}">${e(x.back)}</a></p>`, variant)
}

const fieldIds: Record<string, string> = { contact: 'email', service: 'slot', location: 'slot' }

/** A field error in the page's language: the Leichte-Sprache wording where there is one. */
const messageOf = (error: FieldError, variant: BookingVariant) =>
  bookingTexts[variant].fields[error.field] ?? error.message

function errorFor(errors: FieldError[], field: string, variant: BookingVariant): string {
  const error = errors.find((x) => x.field === field || (field === 'email' && x.field === 'contact'))
  return error
    ? `<span class="field-error" id="${field}-error">${e(bookingTexts[variant].errorPrefix)} ${e(messageOf(error, variant))}</span>`
    : ''
}

/** The hidden field that keeps Leichte Sprache through a form post. */
const variantField = (variant: BookingVariant) =>
  variant === 'easy' ? `<input type="hidden" name="${EASY_PARAM}" value="${EASY_VALUE}">` : ''

/** The booking form: free slots as a select grouped by day, then name and contact. */
export function renderBookingForm(options: {
  context: BookingContext
  slots: PublicSlot[]
  message?: string
  errors?: FieldError[]
  selected?: string
  variant?: BookingVariant
}): string {
  const { context, slots, message, errors = [], selected, variant = 'standard' } = options
  const x = bookingTexts[variant]
  const home = `${siteUrl()}${x.homePath}`
  const title = fill(x.formTitle, { title: context.title })
  const shown = message && variant === 'easy' ? x.checkInput : message
  const summary = message
    ? `<div class="error" role="alert" tabindex="-1" id="fehler"><h2>${e(x.summaryTitle)}</h2><p>${e(shown)}</p>${
        errors.length
          ? `<ul>${errors.map((err) => `<li><a href="#${e(fieldIds[err.field] ?? err.field)}">${e(x.labels[err.field] ?? err.field)}: ${e(messageOf(err, variant))}</a></li>`).join('')}</ul>`
          : ''
      }</div>`
    : ''
  if (slots.length === 0)
    return page(title, `${summary}<p>${e(x.noSlots)}</p>\n<p><a href="${e(home)}">${e(x.back)}</a></p>`, variant)
  const days = new Map<string, PublicSlot[]>()
  for (const slot of slots) {
    const day = slot.label.split(', ').slice(0, 2).join(', ')
    days.set(day, [...(days.get(day) ?? []), slot])
  }
  const options_ = [...days]
    .map(
      ([day, list]) =>
        `<optgroup label="${e(day)}">${list
          .map(
            (slot) =>
              `<option value="${e(slot.value)}"${slot.value === selected ? ' selected' : ''}>${e(slot.label.split(', ').slice(2).join(', '))} (${e(slot.place)})</option>`,
          )
          .join('')}</optgroup>`,
    )
    .join('\n')
  const hidden = (['service', 'location', 'contact'] as const)
    .filter((k) => context.target[k])
    .map((k) => `<input type="hidden" name="${k}" value="${e(context.target[k])}">`)
    .join('')
  const err = (field: string) => errorFor(errors, field, variant)
  const invalid = (field: string) => (err(field) ? ` aria-invalid="true" aria-describedby="${field}-error"` : '')
  return page(
    title,
    `${summary}
<p>${e(x.intro)}</p>
<form method="post" action="${e(cmsUrl())}/api/bookings">
${hidden}${variantField(variant)}
<label for="slot">${e(x.slot)}</label>${err('slot')}
<select id="slot" name="slot" required${invalid('slot')}>
${options_}
</select>
<label for="name">${e(x.name)}</label>${err('name')}
<input id="name" name="name" type="text" required maxlength="200" autocomplete="name"${invalid('name')}>
<label for="email">${e(x.email)} <span class="hint">${e(x.emailHint)}</span></label>${err('email')}
<input id="email" name="email" type="email" maxlength="254" autocomplete="email"${invalid('email')}>
<label for="phone">${e(x.phone)}</label>${err('phone')}
<input id="phone" name="phone" type="tel" maxlength="30" autocomplete="tel"${invalid('phone')}>
<label for="note">${e(x.note)} <span class="hint">${e(x.noteHint)}</span></label>${err('note')}
<textarea id="note" name="note" rows="4" maxlength="1000"${invalid('note')}></textarea>
<div class="trap" aria-hidden="true"><label for="${HONEYPOT_FIELD}">${e(x.trap)}</label><input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>
<p>${e(x.privacyText)} <a href="${e(siteUrl())}/datenschutz/">${e(x.privacyLink)}</a>.</p>
<button type="submit">${e(x.submit)}</button>
</form>`,
    variant,
  )
}

export function renderConfirmation(
  b: { label: string; place: string; cancelled: boolean; cancelUrl: string },
  variant: BookingVariant = 'standard',
): string {
  const x = bookingTexts[variant]
  if (b.cancelled) return renderMessage(x.cancelledTitle, fill(x.isCancelled, { label: b.label }), variant)
  return page(
    x.bookedTitle,
    `<div class="ok" role="status"><p>${e(x.bookedText)}</p></div>
<dl><dt>${e(x.when)}</dt><dd>${e(b.label)}</dd><dt>${e(x.where)}</dt><dd>${e(b.place)}</dd></dl>
<h2>${e(x.cancelHeading)}</h2>
<p>${e(x.cancelText)}</p>
<p><a href="${e(b.cancelUrl)}" id="absagelink">${e(x.cancelLink)}</a></p>
<p><a href="${e(siteUrl())}${e(x.homePath)}">${e(x.back)}</a></p>`,
    variant,
  )
}

export function renderCancelPage(
  b: { label: string; place: string; cancelled: boolean; token: string },
  variant: BookingVariant = 'standard',
): string {
  const x = bookingTexts[variant]
  if (b.cancelled) return renderMessage(x.cancelledTitle, fill(x.alreadyCancelled, { label: b.label }), variant)
  return page(
    x.cancelTitle,
    `<dl><dt>${e(x.when)}</dt><dd>${e(b.label)}</dd><dt>${e(x.where)}</dt><dd>${e(b.place)}</dd></dl>
<form method="post" action="${e(cmsUrl())}/api/bookings/cancel">
<input type="hidden" name="token" value="${e(b.token)}">${variantField(variant)}
<button type="submit">${e(x.cancelButton)}</button>
</form>
<p><a href="${e(siteUrl())}${e(x.homePath)}">${e(x.dontCancel)}</a></p>`,
    variant,
  )
}

export function renderCancelled(label: string, variant: BookingVariant = 'standard'): string {
  const x = bookingTexts[variant]
  return page(
    x.cancelledTitle,
    `<div class="ok" role="status"><p>${e(fill(x.cancelledText, { label }))}</p></div>
<p><a href="${e(siteUrl())}${e(x.homePath)}">${e(x.back)}</a></p>`,
    variant,
  )
}
