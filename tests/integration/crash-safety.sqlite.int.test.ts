import { crashSafetySuite } from './crashSafety.ts'

crashSafetySuite('sqlite')
