import { videoRenditionsSuite } from './videoRenditions.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

videoRenditionsSuite(testDatabase())
