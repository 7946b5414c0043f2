import * as migration_20261204_194118_baseline from './20261204_194118_baseline'

export const migrations = [
  {
    up: migration_20261204_194118_baseline.up,
    down: migration_20261204_194118_baseline.down,
    name: '20261204_194118_baseline',
  },
]
