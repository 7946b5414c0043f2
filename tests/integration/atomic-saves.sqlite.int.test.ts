import { atomicSavesSuite } from './atomicSaves.ts'

atomicSavesSuite('sqlite')
