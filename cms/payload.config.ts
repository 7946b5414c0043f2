import { de } from '@payloadcms/translations/languages/de'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type CollectionSlug, type Config, type Plugin } from 'payload'
import sharp from 'sharp'
import { databaseUrl, payloadSecret, settings } from '../config.ts'
import { ContactPersons } from './collections/ContactPersons.ts'
import { Departments } from './collections/Departments.ts'
import { Locations } from './collections/Locations.ts'
import { Media } from './collections/Media.ts'
import { Pages } from './collections/Pages.ts'
import { Regions } from './collections/Regions.ts'
import { Services } from './collections/Services.ts'
import { Topics } from './collections/Topics.ts'
import { Users } from './collections/Users.ts'
import { VideoTutorials } from './collections/VideoTutorials.ts'
import { germanDates, withGermanDates } from './fields/germanDates.ts'
import { richTextEditor } from './fields/richText.ts'
import { withSerializedDocumentWrites } from './hooks/serializeDocumentWrites.ts'
import { withYesNoCells } from './components/admin/yesNoCells.ts'
import { deOverrides } from './i18n/de.ts'
import { databaseAdapter } from './lib/database.ts'
import { emailAdapter } from './lib/email.ts'
import { answerErrors, logger } from './lib/errorHandling.ts'
import { graphqlValidationRules } from './lib/graphqlLimits.ts'
import { MAX_DEPTH, withRequestLimits } from './lib/requestLimits.ts'
// Lotse's features, each a Payload plugin (plugins/<name>/README.md).
import { publishing } from '../plugins/publishing/index.ts'
import { approval } from '../plugins/approval/index.ts'
import { easyLanguage } from '../plugins/easy-language/index.ts'
import { appointments } from '../plugins/appointments/index.ts'
import { accessibilityFeedback } from '../plugins/accessibility-feedback/index.ts'
import { syndication } from '../plugins/syndication/index.ts'
import { videoRenditions } from '../plugins/video-renditions/index.ts'
import { dashboard } from '../plugins/dashboard/index.ts'

const lotseFavicon =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#fff" stroke="#1d3557" stroke-width="2.5"/>' +
      '<path d="M16 5 L19.5 16 L16 27 L12.5 16 Z" fill="#1d3557"/><path d="M5 16 L16 13.5 L27 16 L16 18.5 Z" fill="#1d3557" opacity="0.55"/></svg>',
  )

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The content the departments write, with drafts: what editors submit for approval, what the dashboard lists and
 * what opens on the user's departments. (Collections of the features are named by slug; they exist once the
 * features have run.)
 */
const departmentContent: CollectionSlug[] = [
  'services',
  'easy-language-texts',
  'glossary-terms',
  'contact-persons',
  'locations',
  'video-tutorials',
  'pages',
]

/**
 * The rules every collection follows, also those the features add, so it runs after the plugins (`order`):
 * saves of one document take turns (cms/hooks/serializeDocumentWrites.ts); dates in German format
 * (cms/fields/germanDates.ts); every collection caps what one REST or GraphQL request may read
 * (cms/lib/requestLimits.ts); checkboxes read "Ja"/"Nein" in the lists (cms/components/admin/yesNoCells.ts).
 */
const everyCollection: Plugin = Object.assign(
  (config: Config): Config => ({
    ...config,
    collections: withYesNoCells(
      withRequestLimits(withGermanDates(withSerializedDocumentWrites(config.collections ?? []))),
    ),
  }),
  { order: 100 },
)

export default buildConfig({
  serverURL: settings.CMS_URL ?? '',
  secret: payloadSecret(),
  db: databaseAdapter(databaseUrl()),
  // Offers only what the site renders, with the formal German hint (cms/fields/richText.ts).
  editor: richTextEditor,
  sharp,
  // No request populates deeper than this (cms/lib/requestLimits.ts); Payload's default is 10.
  maxDepth: MAX_DEPTH,
  // The core collections; the features' plugins add theirs (plugins: below).
  collections: [Services, ContactPersons, Locations, VideoTutorials, Pages, Topics, Media, Regions, Departments, Users],
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname, '..'),
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    meta: {
      // Payload puts a space between title and suffix itself. No `title`: it would replace the title of each of
      // Payload's views (login, dashboard, account …), so every one of them read "Redaktion – Lotse".
      titleSuffix: '– Lotse',
      description: 'Lotse: Redaktion der Beratungsangebote',
      // Lotse's mark as the tab icon instead of Payload's (the same drawing as cms/components/LotseLogo.tsx).
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: lotseFavicon }],
    },
    // No Gravatar: the admin must not load images from elsewhere.
    avatar: 'default',
    components: {
      // Lotse, not Payload, on the login page and in the navigation.
      graphics: { Logo: '/cms/components/LotseLogo#LotseLogo', Icon: '/cms/components/LotseLogo#LotseIcon' },
      // German texts for the upload drawer's messages that Payload writes in English.
      // Names and ids Payload's own markup lacks, for WCAG 2 AA (cms/components/admin/AccessibleAdmin.tsx).
      providers: [
        '/cms/components/GermanUploadMessages#GermanUploadMessages',
        '/cms/components/admin/AccessibleAdmin#AccessibleAdmin',
      ],
    },
  },
  // Formal "Sie" throughout: Payload's German says "du" in many strings (cms/i18n/de.ts).
  i18n: { supportedLanguages: { de }, fallbackLanguage: 'de', translations: { de: deOverrides } },
  jobs: {
    autoRun: [
      // Scheduled publications (versions.drafts.schedulePublish) and nightly tasks.
      { cron: '* * * * *', queue: 'default' },
    ],
    // Only the long-running server runs jobs (scripts and tests run theirs themselves).
    shouldAutoRun: () => settings.LOTSE_JOBS !== 'off',
    enableConcurrencyControl: true,
    tasks: [],
  },
  // Lotse's features, each a Payload plugin in its own folder under plugins/ (README there).
  plugins: [
    // Every change to published content builds the public site (plugins/publishing).
    publishing({
      collections: [...departmentContent, 'topics', 'media', 'regions', 'departments'],
      media: 'media',
    }),
    easyLanguage({
      standardText: {
        collection: 'services',
        fields: [
          'name',
          'teaser',
          'description',
          'audience',
          'requirements',
          'documents',
          'costs',
          'deadlines',
          'processingTime',
          'procedure',
        ],
      },
    }),
    // Open data, HSDS files and the live HSDS API for partners (plugins/syndication).
    syndication(),
    // MP4 renditions of uploaded videos, made by ffmpeg in a job (plugins/video-renditions).
    videoRenditions(),
    // "Barriere melden": reports of barriers and their answer deadline (plugins/accessibility-feedback).
    accessibilityFeedback(),
    // Appointment offers, bookings and the citizen booking pages (plugins/appointments).
    appointments(),
    // Editors submit drafts for approval; publishers publish or return them (plugins/approval); after the
    // features that add collections it names.
    approval({
      collections: departmentContent,
    }),
    // The start page per role, and the editorial lists opened on the user's departments with the column
    // "Auf der Website" (plugins/dashboard).
    dashboard({
      collections: departmentContent,
      departmentLists: ['media'],
    }),
    everyCollection,
    // Dates German and in Berlin time throughout the admin (cms/fields/germanDates.ts).
    germanDates,
  ],
  // Depth, alias and cost limits for GraphQL queries (cms/lib/graphqlLimits.ts).
  graphQL: { disablePlaygroundInProduction: true, validationRules: graphqlValidationRules },
  // Malformed queries answer 400, failed logins one uniform message; client errors log one line,
  // server errors without query values (cms/lib/errorHandling.ts).
  hooks: { afterError: [answerErrors] },
  logger,
  email: emailAdapter(),
  telemetry: false,
  // Generated on demand (`npm run generate:types`; tests/unit/payload-types.test.ts checks the committed file is
  // current), not by every Payload start outside production: Payload's default spawned a generator process of
  // several CPU seconds at each start, in every test file.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
})
