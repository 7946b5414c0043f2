import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../payload-types.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, createUser, unique, validData, type Id, type World } from '../../../tests/helpers/fixtures.ts'
import { startSmtp, type TestSmtp } from '../../../tests/helpers/smtp.ts'

const PASSWORD = 'geheim-123456'

/**
 * E-mail through a real SMTP server on 127.0.0.1: with SMTP_URL set, the
 * approval workflow's notices arrive there (German, formal, with the link);
 * a refused recipient or a server that is down never undoes the action, and
 * the log then names no address.
 */
export function emailSuite(kind: TestDatabase) {
  describe(`e-mail over SMTP on ${kind}`, () => {
    let smtp: TestSmtp
    let cms: TestCms
    let payload: Payload
    let world: World
    let rest: { url: string; close: () => Promise<void> }
    const users: Record<string, User> = {}
    const tokens: Record<string, string> = {}
    const logged: string[] = []

    beforeAll(async () => {
      smtp = await startSmtp()
      process.env.SMTP_URL = smtp.url
      process.env.MAIL_FROM = 'Lotse LVR <lotse@beratung.example.org>'
      process.env.CMS_URL = 'http://127.0.0.1:3997'
      cms = await startCms(kind)
      payload = cms.payload
      // Everything logged from here on, as one string per call.
      for (const level of ['info', 'warn', 'error'] as const) {
        const original = payload.logger[level].bind(payload.logger)
        payload.logger[level] = ((...args: unknown[]) => {
          logged.push(JSON.stringify(args))
          return (original as (...a: unknown[]) => void)(...args)
        }) as typeof original
      }
      world = await buildWorld(payload)
      const make = async (key: string, role: User['role'], department: Id, name: string) => {
        users[key] = await createUser(payload, {
          email: `${unique(key)}@demo.lotse.example`,
          password: PASSWORD,
          name,
          role,
          departments: [department],
        })
      }
      await make('editor', 'editor', world.deptA, 'Erika Redaktion')
      await make('publisher', 'publisher', world.deptA, 'Paula Freigabe')
      await make('publisher2', 'publisher', world.deptA, 'Paul Freigabe')
      await make('otherPublisher', 'publisher', world.deptB, 'Peter Freigabe')
      rest = await startApiServer(cms.config as SanitizedConfig)
      for (const key of Object.keys(users)) {
        const response = await fetch(`${rest.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: users[key].email, password: PASSWORD }),
        })
        tokens[key] = ((await response.json()) as { token: string }).token
      }
    })
    afterAll(async () => {
      await rest?.close()
      await cms?.close()
      await smtp?.close()
      delete process.env.SMTP_URL
      delete process.env.MAIL_FROM
    })

    const post = async (who: string, path: string, body: unknown) => {
      const response = await fetch(`${rest.url}/api/approval-requests${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
        body: JSON.stringify(body),
      })
      return { status: response.status, json: (await response.json()) as { request?: { id: number } } }
    }
    /** A published service of department A with a newer draft the editor saved. */
    const serviceWithDraft = async (name: string) => {
      const doc = await payload.create({
        collection: 'services',
        data: { ...validData('services', world, world.deptA), name, _status: 'published' },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'services',
        id: doc.id,
        data: { teaser: 'Neu: ein besserer Text.' },
        draft: true,
        user: users.editor,
        overrideAccess: false,
      })
      return doc.id
    }
    const addresses = () => Object.values(users).map((user) => user.email)
    const mentionsAnAddress = (lines: string[]) =>
      lines.filter((line) => addresses().some((address) => line.includes(address)))

    it('submit: the publishers of the department receive a German e-mail with the link to the queue', async () => {
      smtp.mails.length = 0
      const id = await serviceWithDraft('Blindengeld')
      const answer = await post('editor', '/submit', { collection: 'services', id, comment: 'Die Frist ist neu.' })
      expect(answer.status).toBe(200)

      expect(smtp.mails).toHaveLength(1)
      const [mail] = smtp.mails
      expect(mail.to.sort()).toEqual([users.publisher.email, users.publisher2.email].sort())
      expect(mail.to).not.toContain(users.otherPublisher.email)
      expect(mail.from).toBe('"Lotse LVR" <lotse@beratung.example.org>')
      expect(mail.subject).toBe('Zur Freigabe eingereicht: Blindengeld')
      expect(mail.text).toContain('Guten Tag,')
      expect(mail.text).toContain('Erika Redaktion hat „Blindengeld“ (Leistung)')
      expect(mail.text).toContain('Die Frist ist neu.')
      expect(mail.text).toContain('Bitte prüfen Sie die Änderungen')
      expect(mail.text).toContain('http://127.0.0.1:3997/admin/freigaben')
      expect(mail.text).not.toMatch(/\b(du|dein|deine)\b/i)
    })

    it('return: the submitter receives the publisher’s comment and the link to the document', async () => {
      const id = await serviceWithDraft('Hilfe zur Pflege')
      const submitted = await post('editor', '/submit', { collection: 'services', id, comment: 'Bitte ansehen.' })
      smtp.mails.length = 0
      const returned = await post('publisher', `/${submitted.json.request!.id}/return`, {
        comment: 'Bitte ergänzen Sie die Frist.',
      })
      expect(returned.status).toBe(200)

      expect(smtp.mails).toHaveLength(1)
      const [mail] = smtp.mails
      expect(mail.to).toEqual([users.editor.email])
      expect(mail.subject).toBe('Zurückgegeben: Hilfe zur Pflege')
      expect(mail.text).toContain('Paula Freigabe hat Ihre Einreichung „Hilfe zur Pflege“')
      expect(mail.text).toContain('Bitte ergänzen Sie die Frist.')
      expect(mail.text).toContain(`http://127.0.0.1:3997/admin/collections/services/${id}`)
    })

    it('a recipient the server refuses: the return stands, the log says so without the address', async () => {
      const id = await serviceWithDraft('Eingliederungshilfe')
      const submitted = await post('editor', '/submit', { collection: 'services', id, comment: 'Bitte ansehen.' })
      smtp.refused.add(users.editor.email)
      logged.length = 0
      smtp.mails.length = 0
      try {
        const returned = await post('publisher', `/${submitted.json.request!.id}/return`, { comment: 'Noch nicht.' })
        expect(returned.status).toBe(200)
      } finally {
        smtp.refused.clear()
      }
      expect(smtp.mails).toHaveLength(0)
      const failure = logged.filter((line) => line.includes('Zurückgegeben: Eingliederungshilfe'))
      expect(failure.join('\n')).toMatch(/not sent: SMTP: .*550 Mailbox <…> unavailable/)
      expect(mentionsAnAddress(logged)).toEqual([])
    })

    it('with the mail server down, the submit still succeeds and the log names no address', async () => {
      await smtp.close()
      const id = await serviceWithDraft('Persönliches Budget')
      logged.length = 0
      const answer = await post('editor', '/submit', { collection: 'services', id, comment: 'Bitte ansehen.' })
      expect(answer.status).toBe(200)
      const saved = await payload.find({
        collection: 'approval-requests',
        where: { documentId: { equals: String(id) } },
        overrideAccess: true,
        depth: 0,
      })
      expect(saved.docs.map((doc) => doc.state)).toEqual(['waiting'])
      const failure = logged.filter((line) => line.includes('Zur Freigabe eingereicht: Persönliches Budget'))
      expect(failure.join('\n')).toMatch(/not sent: SMTP: .*ECONNREFUSED/)
      expect(mentionsAnAddress(logged)).toEqual([])
    })
  })
}
