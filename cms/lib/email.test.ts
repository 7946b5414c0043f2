import { afterEach, describe, expect, it } from 'vitest'
import { mailFrom } from '../../config.ts'
import { emailAdapter, logOnlyEmail, withoutAddresses } from './email.ts'

const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM, CMS_URL: process.env.CMS_URL }
afterEach(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
})
const payload = { logger: { info: () => undefined } } as never

describe('the e-mail adapter', () => {
  it('only logs without SMTP_URL, sends over SMTP with it', () => {
    delete process.env.SMTP_URL
    expect(emailAdapter()).toBe(logOnlyEmail)
    process.env.SMTP_URL = 'smtps://lotse:geheim@mail.example.org:465'
    const adapter = emailAdapter()
    expect(adapter).not.toBe(logOnlyEmail)
    expect(adapter({ payload }).name).toBe('smtp')
  })

  it('takes the sender from MAIL_FROM, else noreply at the CMS host', () => {
    delete process.env.MAIL_FROM
    process.env.CMS_URL = 'https://cms.lvr.example'
    expect(mailFrom()).toEqual({ name: 'Lotse', address: 'noreply@cms.lvr.example' })
    process.env.MAIL_FROM = 'LVR Beratung <beratung@lvr.example>'
    expect(mailFrom()).toEqual({ name: 'LVR Beratung', address: 'beratung@lvr.example' })
    process.env.SMTP_URL = 'smtp://mail.example.org'
    expect(emailAdapter()({ payload })).toMatchObject({
      defaultFromName: 'LVR Beratung',
      defaultFromAddress: 'beratung@lvr.example',
    })
  })

  it('removes addresses from a server answer', () => {
    expect(withoutAddresses('550 5.1.1 <erika.muster@lvr.example>: Recipient address rejected')).toBe(
      '550 5.1.1 <…>: Recipient address rejected',
    )
  })
})
