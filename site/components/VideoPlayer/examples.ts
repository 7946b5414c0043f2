/**
 * The examples of VideoPlayer: listed in its README, rendered and checked with axe by
 * VideoPlayer.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const video = exampleSnapshot().videos.bySlug.get('antrag-stellen')!

export const examples = [
  { name: 'a WebM original with its MP4 rendition and a poster', props: { t, video } },
  { name: 'the original only, without a poster', props: { t, video: { ...video, mp4: undefined, poster: undefined } } },
] satisfies Example[]
