import type { Migration } from 'payload'

// None yet: MongoDB needs no schema migrations; data migrations go here.
export const migrations: Migration[] = []
