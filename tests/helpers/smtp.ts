import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[]
  from: string
  subject: string
  text: string
}

export interface TestSmtp {
  /** `smtp://tester:geheim@127.0.0.1:<port>` */
  url: string
  /** Every message received, oldest first; empty it with `mails.length = 0`. */
  mails: ReceivedMail[]
  /** Recipients the server refuses ("550 Mailbox <…> unavailable", the address in the answer as real servers do). */
  refused: Set<string>
  close: () => Promise<void>
}

export const SMTP_USER = 'tester'
export const SMTP_PASSWORD = 'smtp-geheim'

/**
 * A real SMTP server on 127.0.0.1 (random free port) that keeps what it
 * receives: plain SMTP with a login (no STARTTLS, no certificate to make),
 * as a mail relay inside a data centre would take it.
 */
export async function startSmtp(): Promise<TestSmtp> {
  const mails: ReceivedMail[] = []
  const refused = new Set<string>()
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username })
      else callback(new Error('Invalid username or password'))
    },
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address)) return callback()
      const error = new Error(`Mailbox <${address.address}> unavailable`) as Error & { responseCode: number }
      error.responseCode = 550
      callback(error)
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    mails,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
