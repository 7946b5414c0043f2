/** The UI texts of the finder and near-me islands, from the i18n files. */
import type { Translate, UiVariant } from '../../i18n/index.ts'
import { FILTER_FEATURES } from '../../lib/finder.ts'
import type { IslandMessages } from './resultEntries.ts'

const FEATURE_KEYS = {
  stepFree: 'location.feature.stepFree',
  hearingLoop: 'location.feature.hearingLoop',
  dgs: 'location.feature.dgs',
  easyLanguage: 'location.feature.easyLanguage',
  lift: 'location.feature.lift',
  accessibleToilet: 'location.feature.accessibleToilet',
  parking: 'location.feature.parking',
} as const

/** Names of the filterable features, for the near-me checkboxes. */
export const filterFeatureNames = (t: Translate) => FILTER_FEATURES.map((key) => ({ key, name: t(FEATURE_KEYS[key]) }))

export function islandMessages(t: Translate, variant: UiVariant = 'standard'): IslandMessages {
  return {
    suggestionsCount: t('finder.suggestionsCount'),
    locating: t('finder.locating'),
    located: t('finder.located'),
    locateError: t('finder.locateError'),
    errorSubject: t('finder.errorSubject'),
    errorPlaceEmpty: t('finder.errorPlaceEmpty'),
    errorPlaceUnknown: t('finder.errorPlaceUnknown'),
    didYouMean: t('finder.didYouMean'),
    dataError: t('finder.dataError'),
    status: t('finder.status'),
    contactsOne: t('finder.count.contactsOne'),
    contactsMany: t('finder.count.contactsMany'),
    locationsOne: t('finder.count.locationsOne'),
    locationsMany: t('finder.count.locationsMany'),
    noContacts: t('finder.noContacts'),
    noLocations: t('finder.noLocations'),
    scopeAll: t('finder.scopeAll'),
    scopeRegions: t('finder.scopeRegions'),
    surnames: t('finder.surnames'),
    distance: t('finder.distance'),
    todayOpen: t('finder.todayOpen'),
    todayClosed: t('finder.todayClosed'),
    timeRange: t('location.timeRange'),
    and: t('location.and'),
    statusOne: t('nearMe.statusOne'),
    statusMany: t('nearMe.statusMany'),
    statusNone: t('nearMe.statusNone'),
    myPosition: t('nearMe.myPosition'),
    feature: Object.fromEntries(Object.entries(FEATURE_KEYS).map(([key, uiKey]) => [key, t(uiKey)])),
    locationUrl: '/standorte/{slug}/',
    serviceUrl: '/leistungen/{slug}/',
    easyServiceUrl: '/leichte-sprache/{slug}/',
    easy: variant === 'easy',
    contactUrl: '/ansprechpersonen/#{slug}',
  }
}
