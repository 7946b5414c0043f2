import type { EmailAdapter } from 'payload'

/**
 * Without a mail server (none is configured here yet), e-mails are not sent
 * and the log says so, with the subject only: Payload's console adapter
 * would log the recipient's address, which is personal data.
 */
export const logOnlyEmail: EmailAdapter = ({ payload }) => ({
  name: 'log-only',
  defaultFromAddress: 'noreply@lotse.invalid',
  defaultFromName: 'Lotse',
  sendEmail: async (message) => {
    payload.logger.info(`e-mail not sent (no mail server configured): "${String(message.subject ?? '')}"`)
  },
})
