import * as migration_20261204_194340_first_published_at from './20261204_194340_first_published_at'

export const migrations = [
  {
    up: migration_20261204_194340_first_published_at.up,
    down: migration_20261204_194340_first_published_at.down,
    name: '20261204_194340_first_published_at',
  },
]
