import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { departmentField } from '../fields/department.ts'
import { slugField } from '../fields/slug.ts'
import { validWebVtt } from '../fields/validators.ts'
import { dataDir } from '../lib/env.ts'
import { acceptFileTypes } from '../hooks/acceptFileTypes.ts'
import { queueVideoRendition, removeVideoRendition } from '../../plugins/video-renditions/hook.ts'
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
    afterChange: [queueVideoRendition],
    afterDelete: [removeVideoRendition],
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
      // A plain text area: Payload's code field loads its editor (Monaco) from a CDN, which the admin's
      // Content-Security-Policy rightly refuses, so the field never appeared.
      type: 'textarea',
      required: true,
      admin: { rows: 12, description: 'Pflicht. Beginnt mit „WEBVTT“.' },
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
      name: 'mp4',
      label: 'MP4-Fassung',
      type: 'group',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'Wird beim Hochladen automatisch erstellt, damit das Video auch auf älteren iPhones und Macs läuft. „Fehlt“: Auf dem Server ist ffmpeg nicht installiert; das Video wird ohne MP4-Fassung gezeigt. Bitte wenden Sie sich an die Administration.',
      },
      fields: [
        {
          name: 'status',
          label: 'Stand',
          type: 'select',
          options: [
            { label: 'Wird erstellt', value: 'pending' },
            { label: 'Bereit', value: 'ready' },
            { label: 'Fehlt (ffmpeg nicht installiert)', value: 'missing' },
            { label: 'Fehlgeschlagen', value: 'failed' },
            { label: 'Nicht nötig (Video ist MP4)', value: 'not-needed' },
          ],
        },
        { name: 'filename', label: 'Datei', type: 'text' },
        { name: 'sizeBytes', label: 'Größe (Bytes)', type: 'number' },
      ],
    },
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
