import * as migration_20261204_194118_baseline from './20261204_194118_baseline'
import * as migration_20261204_194340_first_published_at from './20261204_194340_first_published_at'
import * as migration_20261204_221614_jobs_concurrency_limits from './20261204_221614_jobs_concurrency_limits'
import * as migration_20261204_224200_citizens_renditions_ls_structure from './20261204_224200_citizens_renditions_ls_structure'
import * as migration_20261204_231802_release_step from './20261204_231802_release_step'
import * as migration_20261205_045833_glossary_replacement from './20261205_045833_glossary_replacement'
import * as migration_20261205_050442_easy_language_titles from './20261205_050442_easy_language_titles'
import * as migration_20261205_072950_publish_refusals from './20261205_072950_publish_refusals'
import * as migration_20261205_125933_approval_requests from './20261205_125933_approval_requests'
import * as migration_20261205_130717_easy_language_review_source_text from './20261205_130717_easy_language_review_source_text'
import * as migration_20261205_165158_release_title from './20261205_165158_release_title'

export const migrations = [
  {
    up: migration_20261204_194118_baseline.up,
    down: migration_20261204_194118_baseline.down,
    name: '20261204_194118_baseline',
  },
  {
    up: migration_20261204_194340_first_published_at.up,
    down: migration_20261204_194340_first_published_at.down,
    name: '20261204_194340_first_published_at',
  },
  {
    up: migration_20261204_221614_jobs_concurrency_limits.up,
    down: migration_20261204_221614_jobs_concurrency_limits.down,
    name: '20261204_221614_jobs_concurrency_limits',
  },
  {
    up: migration_20261204_224200_citizens_renditions_ls_structure.up,
    down: migration_20261204_224200_citizens_renditions_ls_structure.down,
    name: '20261204_224200_citizens_renditions_ls_structure',
  },
  {
    up: migration_20261204_231802_release_step.up,
    down: migration_20261204_231802_release_step.down,
    name: '20261204_231802_release_step',
  },
  {
    up: migration_20261205_045833_glossary_replacement.up,
    down: migration_20261205_045833_glossary_replacement.down,
    name: '20261205_045833_glossary_replacement',
  },
  {
    up: migration_20261205_050442_easy_language_titles.up,
    down: migration_20261205_050442_easy_language_titles.down,
    name: '20261205_050442_easy_language_titles',
  },
  {
    up: migration_20261205_072950_publish_refusals.up,
    down: migration_20261205_072950_publish_refusals.down,
    name: '20261205_072950_publish_refusals',
  },
  {
    up: migration_20261205_125933_approval_requests.up,
    down: migration_20261205_125933_approval_requests.down,
    name: '20261205_125933_approval_requests',
  },
  {
    up: migration_20261205_130717_easy_language_review_source_text.up,
    down: migration_20261205_130717_easy_language_review_source_text.down,
    name: '20261205_130717_easy_language_review_source_text',
  },
  {
    up: migration_20261205_165158_release_title.up,
    down: migration_20261205_165158_release_title.down,
    name: '20261205_165158_release_title',
  },
]
