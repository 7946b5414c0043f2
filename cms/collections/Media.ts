import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, createInOwnDepartment, deleteOwnDepartmentNoDrafts, updateOwnDepartment } from '../access/index.ts'
import { departmentField } from '../fields/departmentField.ts'
import { acceptFileTypes } from '../hooks/acceptFileTypes.ts'
import { keepInOwnDepartment } from '../hooks/editorialRules.ts'
import { dataDir } from '../../config.ts'

/** Images with required alternative text; sizes are made with sharp. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bild', plural: 'Bilder' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'department'], group: 'Medien' },
  access: {
    read: anyone,
    create: createInOwnDepartment,
    update: updateOwnDepartment,
    delete: deleteOwnDepartmentNoDrafts,
  },
  hooks: {
    beforeOperation: [
      acceptFileTypes(
        { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/avif': 'AVIF', 'image/gif': 'GIF' },
        'Bild',
      ),
    ],
    beforeChange: [keepInOwnDepartment],
  },
  upload: {
    staticDir: path.join(dataDir(), 'uploads', 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 640 },
      { name: 'wide', width: 1280 },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternativtext',
      type: 'text',
      required: true,
      admin: { description: 'Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können.' },
    },
    departmentField(),
  ],
}
