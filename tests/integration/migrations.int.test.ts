import { migrationsSuite } from './migrations.ts'

// PostgreSQL only (vitest.config.ts): production databases get their schema from these migrations.
migrationsSuite('postgres')
