import type { TextField } from 'payload'
import { validEmail, validPhone } from './validators.ts'

export function phoneField(overrides: Partial<TextField> = {}): TextField {
  const required = overrides.required ?? false
  return {
    name: 'phone',
    label: 'Telefon',
    type: 'text',
    validate: (value: unknown) => validPhone(value, required),
    ...overrides,
  } as TextField
}

export function emailField(overrides: Partial<TextField> = {}): TextField {
  const required = overrides.required ?? false
  return {
    name: 'email',
    label: 'E-Mail',
    type: 'text',
    validate: (value: unknown) => validEmail(value, required),
    ...overrides,
  } as TextField
}
