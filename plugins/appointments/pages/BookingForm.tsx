import React from 'react'
import { cmsUrl, HONEYPOT_FIELD, siteUrl, type FieldError } from '../../../cms/lib/publicEndpoint.ts'
import type { BookingContext, PublicSlot } from '../context.ts'
import { bookingTexts, fill, type BookingVariant } from '../texts.ts'
import { BackLink, Page, VariantField } from './Page.tsx'

export interface BookingFormProps {
  context: BookingContext
  slots: PublicSlot[]
  /** The error summary's message, after a form post that failed. */
  message?: string
  errors?: FieldError[]
  /** The slot chosen in the failed post, selected again. */
  selected?: string
  variant?: BookingVariant
}

/** Where the summary's link for an error leads (errors without a field of their own). */
const fieldIds: Record<string, string> = { contact: 'email', service: 'slot', location: 'slot' }

/** A field error in the page's language: the Leichte-Sprache wording where there is one. */
const messageOf = (error: FieldError, variant: BookingVariant) =>
  bookingTexts[variant].fields[error.field] ?? error.message

/** The booking form: free slots as a select grouped by day (each option with its day), then name and contact. */
export function BookingForm({
  context,
  slots,
  message,
  errors = [],
  selected,
  variant = 'standard',
}: BookingFormProps) {
  const x = bookingTexts[variant]
  const title = fill(x.formTitle, { title: context.title })
  const summary = message ? (
    <div className="error" role="alert" tabIndex={-1} id="fehler">
      <h2>{x.summaryTitle}</h2>
      <p>{variant === 'easy' ? x.checkInput : message}</p>
      {errors.length > 0 && (
        <ul>
          {errors.map((error, i) => (
            <li key={i}>
              <a href={`#${fieldIds[error.field] ?? error.field}`}>
                {`${x.labels[error.field] ?? error.field}: ${messageOf(error, variant)}`}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  ) : null
  if (slots.length === 0)
    return (
      <Page title={title} variant={variant}>
        {summary}
        <p>{x.noSlots}</p>
        <BackLink variant={variant} />
      </Page>
    )

  // Grouped by day for the open list; each option still names its day (x.slotOption).
  const days = new Map<string, PublicSlot[]>()
  for (const slot of slots) {
    const day = slot.label.split(', ').slice(0, 2).join(', ')
    days.set(day, [...(days.get(day) ?? []), slot])
  }
  const errorFor = (field: string) =>
    errors.find((error) => error.field === field || (field === 'email' && error.field === 'contact'))
  /** The field's error, after its label. */
  const ErrorText = ({ field }: { field: string }) => {
    const error = errorFor(field)
    return error ? (
      <span className="field-error" id={`${field}-error`}>
        {`${x.errorPrefix} ${messageOf(error, variant)}`}
      </span>
    ) : null
  }
  /** A field with an error is marked invalid and described by it. */
  const invalid = (field: string) =>
    errorFor(field) ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {}

  return (
    <Page title={title} variant={variant}>
      {summary}
      <p>{x.intro}</p>
      <form method="post" action={`${cmsUrl()}/api/bookings`}>
        {(['service', 'location', 'contact'] as const).map((key) =>
          context.target[key] ? <input key={key} type="hidden" name={key} value={context.target[key]} /> : null,
        )}
        <VariantField variant={variant} />
        <label htmlFor="slot">{x.slot}</label>
        <ErrorText field="slot" />
        <select id="slot" name="slot" required defaultValue={selected} {...invalid('slot')}>
          {[...days].map(([day, list]) => (
            <optgroup key={day} label={day}>
              {list.map((slot) => (
                <option key={slot.value} value={slot.value}>
                  {fill(x.slotOption, { label: slot.label, place: slot.place })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <label htmlFor="name">{x.name}</label>
        <ErrorText field="name" />
        <input id="name" name="name" type="text" required maxLength={200} autoComplete="name" {...invalid('name')} />
        <label htmlFor="email">
          {x.email} <span className="hint">{x.emailHint}</span>
        </label>
        <ErrorText field="email" />
        <input id="email" name="email" type="email" maxLength={254} autoComplete="email" {...invalid('email')} />
        <label htmlFor="phone">{x.phone}</label>
        <ErrorText field="phone" />
        <input id="phone" name="phone" type="tel" maxLength={30} autoComplete="tel" {...invalid('phone')} />
        <label htmlFor="note">
          {x.note} <span className="hint">{x.noteHint}</span>
        </label>
        <ErrorText field="note" />
        <textarea id="note" name="note" rows={4} maxLength={1000} {...invalid('note')} />
        <div className="trap" aria-hidden="true">
          <label htmlFor={HONEYPOT_FIELD}>{x.trap}</label>
          <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p>
          {x.privacyText} <a href={`${siteUrl()}/datenschutz/`}>{x.privacyLink}</a>.
        </p>
        <button type="submit">{x.submit}</button>
      </form>
    </Page>
  )
}
