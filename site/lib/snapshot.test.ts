import { describe, expect, it } from 'vitest'
import { getSnapshot, readSnapshot, SnapshotError } from './snapshot.ts'
import { useSnapshotFolders } from './testSnapshot.ts'

const at = '2026-01-20T09:30:00.000Z'
const writeSnapshot = useSnapshotFolders(at)

const rich = (text: string) => ({ html: `<p>${text}</p>`, text })
const department = { id: '1', slug: 'soziales', name: 'Dezernat Soziales', updatedAt: at }
const topic = { id: '5', slug: 'wohnen', title: 'Wohnen', description: 'Hilfen rund ums Wohnen.', updatedAt: at }
const service = (id: string, name: string, extra: object = {}) => ({
  id,
  slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  teaser: `${name} kurz.`,
  description: rich(`${name} lang.`),
  department: '1',
  topics: ['5'],
  updatedAt: at,
  ...extra,
})

describe('readSnapshot', () => {
  it('reads a valid snapshot and builds lookups and reverse relations', () => {
    const dir = writeSnapshot({
      department: [department],
      topic: [topic],
      service: [service('2', 'Zuschuss'), service('1', 'Assistenz')],
      easyLanguageText: [
        { id: '9', slug: 'assistenz', title: 'Hilfe', service: '1', lines: ['Satz.'], department: '1', updatedAt: at },
      ],
    })
    const snapshot = readSnapshot(dir)
    expect(snapshot.services.all.map((s) => s.name)).toEqual(['Assistenz', 'Zuschuss'])
    expect(snapshot.services.bySlug.get('zuschuss')?.id).toBe('2')
    expect(snapshot.servicesByTopic.get('5')?.map((s) => s.id)).toEqual(['1', '2'])
    expect(snapshot.servicesByDepartment.get('1')).toHaveLength(2)
    expect(snapshot.easyLanguageByService.get('1')?.slug).toBe('assistenz')
  })

  it('stops with the file name when an item does not match the public schema', () => {
    const dir = writeSnapshot({
      department: [department],
      service: [{ ...service('1', 'Assistenz'), slug: 'Nicht gültig' }],
    })
    expect(() => readSnapshot(dir)).toThrow(SnapshotError)
    expect(() => readSnapshot(dir)).toThrow(/service\.json/)
  })

  it('names the environment variable when no snapshot is given', () => {
    const saved = process.env.LOTSE_SNAPSHOT_DIR
    delete process.env.LOTSE_SNAPSHOT_DIR
    try {
      expect(() => getSnapshot()).toThrow(/LOTSE_SNAPSHOT_DIR/)
    } finally {
      if (saved !== undefined) process.env.LOTSE_SNAPSHOT_DIR = saved
    }
  })
})
