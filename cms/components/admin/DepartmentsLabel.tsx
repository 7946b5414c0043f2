'use client'
import { FieldLabel, useFormFields } from '@payloadcms/ui'
import type { RelationshipFieldLabelClientComponent } from 'payload'
import React from 'react'

/**
 * The label of a user's "Dezernate" with Payload's required mark while the form's role needs departments: every
 * role but the administration works for departments (the field's validation in cms/collections/Users.ts says the
 * same). A field-level `required` would demand departments of admins too, so the mark follows the chosen role.
 */
export const DepartmentsLabel: RelationshipFieldLabelClientComponent = ({ field, path }) => {
  const role = useFormFields(([fields]) => fields.role?.value)
  return <FieldLabel label={field?.label} path={path} required={role !== 'admin'} />
}
