import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textToLexical } from '../../export/richtext.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, createUser, unique, validData, type World } from '../../../tests/helpers/fixtures.ts'
import type { Service, User } from '../../payload-types.ts'

/** A Volltext whose third paragraph is a link without text (only a space). */
function blankLinkText(): Service['description'] {
  const state = textToLexical('Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.')
  const third = state.root.children[2] as unknown as { children: unknown[] }
  third.children.push({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url: 'https://www.lvr.de' },
    children: [{ type: 'text', text: ' ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
  })
  return state
}

/**
 * A rich-text field refuses on saving what the site would drop or the
 * publish gate would reject: a blank-text link is a 400 ValidationError
 * naming the field, and the document stays as it was.
 */
export function richTextValidationSuite(kind: TestDatabase) {
  describe(`rich-text validation on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let editor: User

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      editor = await createUser(payload, {
        email: `${unique('red')}@demo.lotse.example`,
        password: 'geheim-123456',
        name: 'Redaktion',
        role: 'editor',
        departments: [world.deptA],
      })
    })
    afterAll(async () => cms?.close())

    async function refusal(save: () => Promise<unknown>) {
      let caught: unknown
      try {
        await save()
      } catch (error) {
        caught = error
      }
      expect(caught, 'the save was accepted').toBeDefined()
      const error = caught as {
        name?: string
        status?: number
        data?: { errors?: { path: string; message: string }[] }
      }
      expect(error.name).toBe('ValidationError')
      expect(error.status).toBe(400)
      return error.data?.errors ?? []
    }

    it('refuses an update with a blank-text link and changes nothing', async () => {
      const before = await payload.findByID({ collection: 'services', id: world.serviceA, depth: 0, draft: true })
      const errors = await refusal(() =>
        payload.update({
          collection: 'services',
          id: world.serviceA,
          data: { description: blankLinkText() },
          draft: true,
          user: editor,
          overrideAccess: false,
        }),
      )
      expect(errors).toEqual([
        {
          label: 'Beschreibung > Volltext',
          path: 'description',
          message: 'Der Link in Absatz 3 hat keinen Text. Bitte geben Sie einen Linktext ein.',
        },
      ])
      const after = await payload.findByID({ collection: 'services', id: world.serviceA, depth: 0, draft: true })
      expect(after.description).toEqual(before.description)
      expect(after.updatedAt).toBe(before.updatedAt)
    })

    it('refuses a new page with a javascript: link in its content and creates nothing', async () => {
      const before = await payload.count({ collection: 'pages', overrideAccess: true })
      const data = validData('pages', world, world.deptA)
      const content = textToLexical('Text.')
      ;(content.root.children[0] as unknown as { children: unknown[] }).children.push({
        type: 'link',
        version: 3,
        fields: { linkType: 'custom', url: 'javascript:alert(1)' },
        children: [{ type: 'text', text: 'Antrag', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })
      const errors = await refusal(() =>
        payload.create({ collection: 'pages', data: { ...data, content }, user: editor, overrideAccess: false }),
      )
      expect(errors.map((e) => e.path)).toEqual(['content'])
      expect(errors[0].message).toMatch(/^Der Link „Antrag“ in Absatz 1 hat keine gültige Adresse\./)
      expect((await payload.count({ collection: 'pages', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    })

    it('accepts the same text with a link that has text', async () => {
      const description = blankLinkText()
      const link = (description.root.children[2] as unknown as { children: { children: { text: string }[] }[] })
        .children[1]
      link.children[0].text = 'Seite des LVR'
      const saved = await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { description },
        draft: true,
        user: editor,
        overrideAccess: false,
      })
      expect(JSON.stringify(saved.description)).toContain('Seite des LVR')
    })
  })
}
