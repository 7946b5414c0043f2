/**
 * What topics and services are called on a page: on Leichte-Sprache pages
 * their Leichte-Sprache label (written by the editors, checked by the
 * checker in the CMS), so that lists such as the finder's subjects read in
 * Leichte Sprache too; the standard title or name elsewhere, and where no
 * label was written.
 */
import type { UiVariant } from '../i18n/index.ts'
import type { Service, Snapshot, Topic } from './snapshot.ts'

/** A topic's title on a page of the variant. */
export function topicTitle(topic: Pick<Topic, 'title' | 'titleEasyLanguage'>, variant: UiVariant): string {
  return (variant === 'easy' && topic.titleEasyLanguage) || topic.title
}

/**
 * A service's name on a page of the variant: in Leichte Sprache its own
 * label, else the title of its Leichte-Sprache text, else its name.
 */
export function serviceName(service: Service, snapshot: Snapshot, variant: UiVariant): string {
  if (variant !== 'easy') return service.name
  return service.nameEasyLanguage ?? snapshot.easyLanguageByService.get(service.id)?.title ?? service.name
}

const collator = new Intl.Collator('de', { sensitivity: 'base' })

/** The services in the order of their names on a page of the variant. */
export function servicesByName(services: readonly Service[], snapshot: Snapshot, variant: UiVariant): Service[] {
  if (variant !== 'easy') return [...services]
  return [...services].sort((a, b) =>
    collator.compare(serviceName(a, snapshot, variant), serviceName(b, snapshot, variant)),
  )
}
