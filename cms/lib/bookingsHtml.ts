/**
 * The CMS-served pages of the booking flow without JavaScript. Plain HTML
 * with the site's look (colours and type of site/styles/global.css, inlined:
 * the CMS cannot know the site's hashed stylesheet name). Every dynamic value
 * goes through `escapeHtml`.
 */
import type { BookingContext, PublicSlot } from '../endpoints/bookings.ts'
import { type FieldError, HONEYPOT_FIELD, cmsUrl, escapeHtml as e, siteUrl } from './publicEndpoint.ts'

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

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)} – Beratungsportal</title>
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<a class="skip" href="#inhalt">Zum Inhalt springen</a>
<header><a href="${e(siteUrl())}/">Zur Startseite des Beratungsportals</a></header>
<main id="inhalt" tabindex="-1">
<h1>${e(title)}</h1>
${body}
</main>
<footer><a href="${e(siteUrl())}/datenschutz/">Datenschutz</a> · <a href="${e(siteUrl())}/barrierefreiheit/">Barrierefreiheit</a></footer>
</body>
</html>
`
}

export function renderMessage(title: string, message: string): string {
  return page(title, `<p>${e(message)}</p>\n<p><a href="${e(siteUrl())}/">Zurück zur Website</a></p>`)
}

const fieldLabels: Record<string, string> = {
  slot: 'Termin',
  name: 'Name',
  email: 'E-Mail',
  phone: 'Telefon',
  contact: 'E-Mail',
  note: 'Anliegen',
  service: 'Leistung',
  [HONEYPOT_FIELD]: 'Bitte leer lassen',
}
const fieldIds: Record<string, string> = { contact: 'email', service: 'slot', location: 'slot' }

function errorFor(errors: FieldError[], field: string): string {
  const error = errors.find((x) => x.field === field || (field === 'email' && x.field === 'contact'))
  return error ? `<span class="field-error" id="${field}-error">Fehler: ${e(error.message)}</span>` : ''
}

/** The booking form: free slots as a select grouped by day, then name and contact. */
export function renderBookingForm(options: {
  context: BookingContext
  slots: PublicSlot[]
  message?: string
  errors?: FieldError[]
  selected?: string
}): string {
  const { context, slots, message, errors = [], selected } = options
  const title = `Termin vereinbaren: ${context.title}`
  const summary = message
    ? `<div class="error" role="alert" tabindex="-1" id="fehler"><h2>Das hat nicht geklappt</h2><p>${e(message)}</p>${
        errors.length
          ? `<ul>${errors.map((x) => `<li><a href="#${e(fieldIds[x.field] ?? x.field)}">${e(fieldLabels[x.field] ?? x.field)}: ${e(x.message)}</a></li>`).join('')}</ul>`
          : ''
      }</div>`
    : ''
  if (slots.length === 0)
    return page(
      title,
      `${summary}<p>Zurzeit sind keine Termine frei. Bitte versuchen Sie es in einigen Tagen noch einmal oder rufen Sie uns an.</p>
<p><a href="${e(siteUrl())}/">Zurück zur Website</a></p>`,
    )
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
            (s) =>
              `<option value="${e(s.value)}"${s.value === selected ? ' selected' : ''}>${e(s.label.split(', ').slice(2).join(', '))} (${e(s.place)})</option>`,
          )
          .join('')}</optgroup>`,
    )
    .join('\n')
  const hidden = (['service', 'location', 'contact'] as const)
    .filter((k) => context.target[k])
    .map((k) => `<input type="hidden" name="${k}" value="${e(context.target[k])}">`)
    .join('')
  const invalid = (field: string) =>
    errorFor(errors, field) ? ` aria-invalid="true" aria-describedby="${field}-error"` : ''
  return page(
    title,
    `${summary}
<p>Wählen Sie einen freien Termin und sagen Sie uns, wie wir Sie erreichen. Felder mit * müssen ausgefüllt werden.</p>
<form method="post" action="${e(cmsUrl())}/api/bookings">
${hidden}
<label for="slot">Freier Termin *</label>${errorFor(errors, 'slot')}
<select id="slot" name="slot" required${invalid('slot')}>
${options_}
</select>
<label for="name">Ihr Name *</label>${errorFor(errors, 'name')}
<input id="name" name="name" type="text" required maxlength="200" autocomplete="name"${invalid('name')}>
<label for="email">E-Mail <span class="hint">E-Mail oder Telefon angeben</span></label>${errorFor(errors, 'email')}
<input id="email" name="email" type="email" maxlength="254" autocomplete="email"${invalid('email')}>
<label for="phone">Telefon</label>${errorFor(errors, 'phone')}
<input id="phone" name="phone" type="tel" maxlength="30" autocomplete="tel"${invalid('phone')}>
<label for="note">Ihr Anliegen <span class="hint">freiwillig, höchstens 1000 Zeichen</span></label>${errorFor(errors, 'note')}
<textarea id="note" name="note" rows="4" maxlength="1000"${invalid('note')}></textarea>
<div class="trap" aria-hidden="true"><label for="${HONEYPOT_FIELD}">Bitte leer lassen</label><input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>
<p>Ihre Angaben nutzen wir nur für diesen Termin. Wir löschen sie kurz nach dem Termin. Mehr dazu in der <a href="${e(siteUrl())}/datenschutz/">Datenschutzerklärung</a>.</p>
<button type="submit">Termin verbindlich buchen</button>
</form>`,
  )
}

export function renderConfirmation(b: { label: string; place: string; cancelled: boolean; cancelUrl: string }): string {
  if (b.cancelled) return renderMessage('Termin abgesagt', `Dieser Termin (${b.label}) ist abgesagt.`)
  return page(
    'Ihr Termin ist gebucht',
    `<div class="ok" role="status"><p>Vielen Dank! Ihr Termin ist gebucht.</p></div>
<dl><dt>Wann</dt><dd>${e(b.label)}</dd><dt>Wo</dt><dd>${e(b.place)}</dd></dl>
<h2>Termin absagen</h2>
<p>Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab. Speichern Sie dazu diesen Link; er gehört nur Ihnen:</p>
<p><a href="${e(b.cancelUrl)}" id="absagelink">Termin absagen</a></p>
<p><a href="${e(siteUrl())}/">Zurück zur Website</a></p>`,
  )
}

export function renderCancelPage(b: { label: string; place: string; cancelled: boolean; token: string }): string {
  if (b.cancelled) return renderMessage('Termin abgesagt', `Dieser Termin (${b.label}) ist bereits abgesagt.`)
  return page(
    'Termin absagen',
    `<dl><dt>Wann</dt><dd>${e(b.label)}</dd><dt>Wo</dt><dd>${e(b.place)}</dd></dl>
<form method="post" action="${e(cmsUrl())}/api/bookings/cancel">
<input type="hidden" name="token" value="${e(b.token)}">
<button type="submit">Diesen Termin absagen</button>
</form>
<p><a href="${e(siteUrl())}/">Nicht absagen, zurück zur Website</a></p>`,
  )
}

export function renderCancelled(label: string): string {
  return page(
    'Termin abgesagt',
    `<div class="ok" role="status"><p>Ihr Termin (${e(label)}) ist abgesagt. Der Termin ist jetzt wieder frei für andere.</p></div>
<p><a href="${e(siteUrl())}/">Zurück zur Website</a></p>`,
  )
}
