import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'
import { Availability } from '../plugins/appointments/collections/Availability.ts'
import { Bookings } from '../plugins/appointments/collections/Bookings.ts'
import { ContactPersons } from './collections/ContactPersons.ts'
import { Departments } from './collections/Departments.ts'
import { easyLanguage } from '../plugins/easy-language/index.ts'
import { Feedback } from '../plugins/accessibility-feedback/collection.ts'
import { Locations } from './collections/Locations.ts'
import { Media } from './collections/Media.ts'
import { Pages } from './collections/Pages.ts'
import { Regions } from './collections/Regions.ts'
import { PipelineLocks, PublishRefusals, Releases } from '../plugins/publishing/collections.ts'
import { Services } from './collections/Services.ts'
import { Topics } from './collections/Topics.ts'
import { Users } from './collections/Users.ts'
import { VideoTutorials } from './collections/VideoTutorials.ts'
import { deOverrides } from './i18n/de.ts'
import { withPublishStatus } from '../plugins/publishing/publishStatusField.ts'
import { withSerializedDocumentWrites } from './hooks/serializeDocumentWrites.ts'
import { germanDates, withGermanDates } from './fields/germanDates.ts'
import { releasesPath, releasesTitle } from '../plugins/publishing/admin/paths.ts'
import { slotEndpoints } from '../plugins/appointments/endpoints.ts'
import { syndication } from '../plugins/syndication/index.ts'
import { purgePersonalData } from '../plugins/appointments/bookings.ts'
import { videoRenditions } from '../plugins/video-renditions/index.ts'
import {
  pipelineRunner,
  PUBLISH_QUEUE,
  publishSiteTask,
  releaseStuckPublishJobs,
} from '../plugins/publishing/runner.ts'
import { databaseAdapter } from './lib/database.ts'
import { databaseUrl, payloadSecret, settings } from '../config.ts'
import { logOnlyEmail } from './lib/email.ts'
import { answerErrors, logger } from './lib/errorHandling.ts'
import { graphqlValidationRules } from './lib/graphqlLimits.ts'
import { MAX_DEPTH, withRequestLimits } from './lib/requestLimits.ts'

const lotseFavicon =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#fff" stroke="#1d3557" stroke-width="2.5"/>' +
      '<path d="M16 5 L19.5 16 L16 27 L12.5 16 Z" fill="#1d3557"/><path d="M5 16 L16 13.5 L27 16 L16 18.5 Z" fill="#1d3557" opacity="0.55"/></svg>',
  )

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Lotse's rules for every collection, the features' too (so it is the last plugin): published collections get
 * the sidebar fields "Stand auf der Website" and "Erstmals veröffentlicht"; saves of one document take turns
 * (cms/hooks/serializeDocumentWrites.ts); dates in German format (cms/fields/germanDates.ts); every collection caps
 * what one REST or GraphQL request may read (cms/lib/requestLimits.ts).
 */
const collectionRules = (config: Config): Config => ({
  ...config,
  collections: withRequestLimits(
    withGermanDates(withSerializedDocumentWrites(withPublishStatus(config.collections ?? []))),
  ),
})

export default buildConfig({
  serverURL: settings.CMS_URL ?? '',
  secret: payloadSecret(),
  db: databaseAdapter(databaseUrl()),
  editor: lexicalEditor(),
  sharp,
  // No request populates deeper than this (cms/lib/requestLimits.ts); Payload's default is 10.
  maxDepth: MAX_DEPTH,
  // The core collections; the features' plugins add theirs (plugins: below).
  collections: [
    Services,
    ContactPersons,
    Locations,
    VideoTutorials,
    Pages,
    Topics,
    Media,
    Regions,
    Departments,
    Users,
    Releases,
    PipelineLocks,
    PublishRefusals,
    Feedback,
    Availability,
    Bookings,
  ],
  // Public endpoints outside a collection: the appointment widgets' slots.
  endpoints: [...slotEndpoints],
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname, '..'),
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    meta: {
      // Payload puts a space between title and suffix itself.
      titleSuffix: '– Lotse',
      // The default title (e.g. the login page): "Redaktion – Lotse", not the name twice.
      title: 'Redaktion',
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
      providers: ['/cms/components/GermanUploadMessages#GermanUploadMessages'],
      afterNavLinks: [
        {
          path: '/cms/components/admin/NavLink#AdminNavLink',
          clientProps: { path: releasesPath, label: releasesTitle, id: 'nav-lotse-releases' },
        },
      ],
      views: {
        releases: {
          Component: '/plugins/publishing/admin/ReleasesView#ReleasesView',
          path: releasesPath,
          exact: true,
          meta: { title: releasesTitle },
        },
      },
    },
  },
  // Formal "Sie" throughout: Payload's German says "du" in many strings (cms/i18n/de.ts).
  i18n: { supportedLanguages: { de }, fallbackLanguage: 'de', translations: { de: deOverrides } },
  jobs: {
    autoRun: [
      // Scheduled publications (versions.drafts.schedulePublish) and nightly tasks.
      { cron: '* * * * *', queue: 'default' },
      // The publish job (plugins/publishing/runner.ts) is due seconds after a change.
      { cron: '* * * * * *', queue: PUBLISH_QUEUE, limit: 1, disableScheduling: true },
    ],
    // Only the long-running server runs jobs (scripts and tests run theirs themselves).
    shouldAutoRun: () => settings.LOTSE_JOBS !== 'off',
    enableConcurrencyControl: true,
    tasks: [
      publishSiteTask,
      {
        // Deletes personal data of past bookings and old feedback (plugins/appointments/bookings.ts), nightly.
        slug: 'purgePersonalData',
        schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
        handler: async ({ req }) => {
          const cleared = await purgePersonalData(req.payload)
          req.payload.logger.info(
            `retention: cleared ${cleared.bookings} bookings, ${cleared.feedback} feedback entries`,
          )
          return { output: {} }
        },
      },
    ],
  },
  // Lotse's features, each a Payload plugin in its own folder under plugins/ (README there).
  plugins: [
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
    collectionRules,
    // Dates German and in Berlin time throughout the admin (cms/fields/germanDates.ts).
    germanDates,
  ],
  // Builds requests recorded while no server ran (scripts, a crashed process).
  onInit: async (payload) => {
    await releaseStuckPublishJobs(payload)
    await pipelineRunner(payload).schedule()
  },
  // Depth, alias and cost limits for GraphQL queries (cms/lib/graphqlLimits.ts).
  graphQL: { disablePlaygroundInProduction: true, validationRules: graphqlValidationRules },
  // Malformed queries answer 400, failed logins one uniform message; client errors log one line,
  // server errors without query values (cms/lib/errorHandling.ts).
  hooks: { afterError: [answerErrors] },
  logger,
  email: logOnlyEmail,
  telemetry: false,
  // Generated on demand (`npm run generate:types`; tests/unit/payload-types.test.ts checks the committed file is
  // current), not by every Payload start outside production: Payload's default spawned a generator process of
  // several CPU seconds at each start, in every test file.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
})
