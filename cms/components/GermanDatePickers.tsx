'use client'
import type React from 'react'
import ReactDatePickerImport from 'react-datepicker'
import { formats, pickerTexts } from '../fields/germanDates.ts'

/**
 * The date pickers Payload renders itself, without a format option, in German. The date fields get their formats
 * and texts from the config (cms/fields/germanDates.ts), but Payload's schedule drawer ("Veröffentlichung planen")
 * passes no format to its picker, so Payload falls back to US patterns written into its code ("MMM d, yyy h:mm a",
 * @payloadcms/ui 3.90 DatePicker.js): it showed "Dez. 4, 2026 6:40 nachm.", and a typed "04.12.2026 10:30", which
 * that pattern cannot read, went to react-datepicker's last resort `new Date(text)`, which reads it as 12 April
 * without a warning.
 *
 * Payload offers no setting for it and react-datepicker no global default that wins over a prop, so the picker's
 * props are translated where they are read: an accessor on react-datepicker's class replaces exactly those US
 * fallback patterns (and the English "Time" caption) by the German ones of the fields. Every other prop is passed
 * through unchanged. Hand-written because there is no library or option for it; remove when Payload lets the
 * schedule drawer take a display format.
 */
const usFallbacks: Record<string, string> = {
  'MM/dd/yyyy': formats.default,
  'MMM d, yyy h:mm a': formats.dayAndTime,
  'h:mm a': formats.timeOnly,
  'MMM dd': formats.dayOnly,
}

type PickerProps = { dateFormat?: unknown; timeFormat?: unknown; timeCaption?: unknown }

/** The props with Payload's US fallbacks replaced; the same object when there are none. */
export function germanPickerProps<P extends PickerProps>(props: P): P {
  const dateFormat = typeof props.dateFormat === 'string' ? usFallbacks[props.dateFormat] : undefined
  if (!dateFormat) return props
  return {
    ...props,
    dateFormat,
    timeFormat: props.timeFormat === 'h:mm aa' || props.timeFormat === undefined ? formats.timeOnly : props.timeFormat,
    timeCaption: props.timeCaption ?? pickerTexts.timeCaption,
  }
}

const patched = Symbol.for('lotse.germanDatePickers')
type PickerClass = { prototype: Record<symbol, unknown> }
// Payload imports the class the same way (the package's default export, nested once by some bundlers).
const imported = ReactDatePickerImport as unknown as PickerClass & { default?: PickerClass }
const picker = imported.default ?? imported

if (!picker.prototype[patched]) {
  // React assigns `instance.props` (in the constructor and on every update); the accessor keeps the translation.
  const translated = new WeakMap<object, PickerProps>()
  const cache = new WeakMap<PickerProps, PickerProps>()
  Object.defineProperty(picker.prototype, 'props', {
    configurable: true,
    get(this: object) {
      return translated.get(this)
    },
    set(this: object, props: PickerProps) {
      let german = cache.get(props)
      if (!german) cache.set(props, (german = germanPickerProps(props)))
      translated.set(this, german)
    },
  })
  picker.prototype[patched] = true
}

/** Registered as an admin provider so the module above runs before any picker is shown. */
export function GermanDatePickers({ children }: { children?: React.ReactNode }) {
  return children
}
