import nodemailer from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter } from 'payload'
import { mailFrom, settings } from '../../config.ts'

/**
 * Without a mail server (SMTP_URL unset: `npm start` on a fresh machine),
 * e-mails are not sent and the log says so, with the subject only: Payload's
 * console adapter would log the recipient's address, which is personal data.
 */
export const logOnlyEmail: EmailAdapter = ({ payload }) => ({
  name: 'log-only',
  defaultFromAddress: mailFrom().address,
  defaultFromName: mailFrom().name,
  sendEmail: async (message) => {
    payload.logger.info(`e-mail not sent (no mail server configured): "${String(message.subject ?? '')}"`)
  },
})

/** Addresses in a mail server's answer ("550 <x@y>: unknown user" becomes "550 <…>: unknown user") are replaced: the log gets no personal data. */
export const withoutAddresses = (text: string) => text.replace(/[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g, '…')

/**
 * Sends through the mail server of SMTP_URL with nodemailer. Hand-written
 * rather than @payloadcms/email-nodemailer (which wraps the same calls): that
 * package exists only up to 3.90.1 and Payload's dependency check stops a
 * CMS whose Payload packages differ in version (ours are 3.90.2).
 * A failed send throws an error without the recipients' addresses; the
 * caller decides what it means (the approval notices log it and keep the
 * decision, a password reset reports it).
 */
export function smtpEmail(url: string): EmailAdapter {
  const from = mailFrom()
  // The URL carries host, port, TLS (smtps:) and login; nodemailer reads it.
  // Short timeouts: a hanging server must not hold up an editor's click for minutes.
  // Not verified at start: an unreachable server would delay the CMS's start.
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as SMTPTransport.Options)
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      try {
        return await transport.sendMail({
          ...message,
          from: message.from ?? { name: from.name, address: from.address },
        })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(`SMTP: ${withoutAddresses(reason)}`)
      }
    },
  })
}

/** The adapter for payload.config.ts: the mail server of SMTP_URL, else log only. */
export function emailAdapter(): EmailAdapter {
  const url = settings.SMTP_URL
  return url ? smtpEmail(url) : logOnlyEmail
}
