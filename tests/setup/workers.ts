import { availableParallelism } from 'node:os'

/**
 * Test files at once, the same for every Vitest project (projects with
 * different counts cannot run side by side): one more than the machine has
 * cores, at least 3. Much of an integration or browser test is waiting for
 * another process (Payload, PostgreSQL, the `npm start` stack, Chromium);
 * Vitest's default (one fewer than the cores) ran one file at a time on a
 * 2-core CI machine.
 */
export const testWorkers = Math.max(3, availableParallelism() + 1)
