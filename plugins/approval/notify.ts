import type { Payload } from 'payload'
import { publicCmsUrl } from '../../config.ts'
import type { ApprovalRequest } from '../../cms/payload-types.ts'
import { refId } from '../../cms/access/roles.ts'
import { collectionLabel, userNames } from './names.ts'
import { documentPath, formatWhen, queuePath } from './paths.ts'

const adminUrl = (payload: Payload, path: string) =>
  `${publicCmsUrl().replace(/\/$/, '')}${payload.config.routes.admin}${path}`

/**
 * Sends one e-mail through Payload's adapter (cms/lib/email.ts). A failed
 * mail is logged and does not undo the decision: the queue shows it anyway.
 */
async function send(payload: Payload, to: string[], subject: string, text: string) {
  if (!to.length) return
  try {
    await payload.sendEmail({ to, subject, text })
  } catch (error) {
    payload.logger.warn({
      msg: `approval: e-mail "${subject}" not sent: ${error instanceof Error ? error.message : String(error)}`,
    })
  }
}

async function emailOf(payload: Payload, id: unknown): Promise<string | null> {
  if (id === null || id === undefined) return null
  const user = await payload
    .findByID({ collection: 'users', id: refId(id as number), depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return user?.email ?? null
}

/** To the publishers of the request's department: something waits for them. */
export async function notifySubmitted(payload: Payload, request: ApprovalRequest) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'publisher' } }, { departments: { in: [refId(request.department)] } }] },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const names = await userNames(payload, [request.submittedBy])
  const who = names.get(String(refId(request.submittedBy as number))) ?? 'Die Redaktion'
  await send(
    payload,
    docs.filter((u) => String(u.id) !== String(refId(request.submittedBy as number))).map((u) => u.email),
    `Zur Freigabe eingereicht: ${request.title}`,
    [
      'Guten Tag,',
      '',
      `${who} hat „${request.title}“ (${collectionLabel(payload, request.collectionSlug)}) am ${formatWhen(request.submittedAt)} zur Freigabe eingereicht.`,
      '',
      'Kommentar der Einreichung:',
      request.comment ?? '',
      '',
      `Bitte prüfen Sie die Änderungen und veröffentlichen Sie sie oder geben Sie sie zurück: ${adminUrl(payload, queuePath)}`,
      '',
      'Mit freundlichen Grüßen',
      'Lotse',
    ].join('\n'),
  )
}

const toSubmitter = async (payload: Payload, request: ApprovalRequest, subject: string, lines: string[]) => {
  const email = await emailOf(payload, request.submittedBy)
  if (!email || String(refId(request.submittedBy as number)) === String(refId(request.decidedBy as number))) return
  const link = adminUrl(payload, documentPath(request.collectionSlug, request.documentId))
  await send(
    payload,
    [email],
    subject,
    ['Guten Tag,', '', ...lines, '', `Zum Dokument: ${link}`, '', 'Mit freundlichen Grüßen', 'Lotse'].join('\n'),
  )
}

/** To the submitter: the request was returned, with the publisher's comment. */
export async function notifyReturned(payload: Payload, request: ApprovalRequest) {
  const names = await userNames(payload, [request.decidedBy])
  const who = names.get(String(refId(request.decidedBy as number))) ?? 'Die Veröffentlichung'
  await toSubmitter(payload, request, `Zurückgegeben: ${request.title}`, [
    `${who} hat Ihre Einreichung „${request.title}“ am ${formatWhen(request.decidedAt)} zurückgegeben.`,
    '',
    'Kommentar:',
    request.decisionComment ?? '',
    '',
    'Bitte überarbeiten Sie den Entwurf und reichen Sie ihn erneut zur Freigabe ein.',
  ])
}

/** To the submitter: the request's draft is published. */
export async function notifyPublished(payload: Payload, request: ApprovalRequest) {
  await toSubmitter(payload, request, `Veröffentlicht: ${request.title}`, [
    `Ihre Einreichung „${request.title}“ wurde am ${formatWhen(request.decidedAt)} veröffentlicht.`,
    ...(request.decisionComment ? ['', 'Kommentar:', request.decisionComment] : []),
  ])
}
