import { videoRenditionsSuite } from './videoRenditions.ts'
import { testDatabase } from '../helpers/database.ts'

videoRenditionsSuite(testDatabase())
