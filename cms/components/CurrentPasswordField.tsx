'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React from 'react'

/**
 * "Aktuelles Passwort" on one's own account: needed to set a new password
 * (cms/lib/auth.ts). Payload's password input, without its length rule (the
 * field is checked against the stored password, not against the policy).
 */
export const CurrentPasswordField: TextFieldClientComponent = (props) => (
  <PasswordField {...props} autoComplete="current-password" validate={() => true} />
)
