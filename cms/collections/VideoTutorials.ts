import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { departmentField } from '../fields/department.ts'
import { slugField } from '../fields/slug.ts'
import { validWebVtt } from '../fields/validators.ts'
import { dataDir } from '../lib/env.ts'
import { acceptFileTypes } from '../hooks/acceptFileTypes.ts'
import { editorial } from './editorial.ts'

/** Explanatory and sign-language videos: the file itself, captions and transcript are required. */
export const VideoTutorials: CollectionConfig = {
  slug: 'video-tutorials',
  labels: { singular: 'Erklärvideo', plural: 'Erklärvideos' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'dgs', 'easyLanguage', 'department', '_status'],
    group: 'Medien',
  },
  ...editorial,
  hooks: {
    ...editorial.hooks,
    beforeOperation: [
      acceptFileTypes({ 'video/mp4': 'MP4', 'video/webm': 'WebM' }, 'Video'),
      ...editorial.hooks.beforeOperation,
    ],
  },
  upload: {
    staticDir: path.join(dataDir(), 'uploads', 'videos'),
    mimeTypes: ['video/mp4', 'video/webm'],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    { name: 'description', label: 'Beschreibung', type: 'textarea', required: true },
    {
      name: 'captions',
      label: 'Untertitel (WebVTT)',
      type: 'code',
      required: true,
      admin: { language: 'plaintext', description: 'Pflicht. Beginnt mit „WEBVTT“.' },
      validate: validWebVtt,
    },
    {
      name: 'transcript',
      label: 'Transkript',
      type: 'textarea',
      required: true,
      admin: { description: 'Pflicht. Der vollständige Text des Videos.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'dgs', label: 'In Deutscher Gebärdensprache', type: 'checkbox', defaultValue: false },
        { name: 'easyLanguage', label: 'In Leichter Sprache', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'durationSeconds',
      label: 'Dauer (Sekunden)',
      type: 'number',
      required: true,
      min: 1,
      max: 4 * 60 * 60,
    },
    { name: 'poster', label: 'Vorschaubild', type: 'upload', relationTo: 'media' },
    {
      name: 'services',
      label: 'Erklärt diese Leistungen',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
    },
    slugField(),
    departmentField(),
  ],
}
