/**
 * Setup file of the mutation run (vitest.stryker.config.ts). Its workers are not isolated, so
 * globalThis outlives a run, and Stryker's own setup activates the next mutant only in `beforeAll`:
 * without this, a test file's top-level code (building a recognizer) would run under the mutant of
 * the run before, as it never does in an isolated worker.
 */
const strykerGlobal = (globalThis as { __stryker__?: { activeMutant?: string } }).__stryker__;
if (strykerGlobal) strykerGlobal.activeMutant = undefined;
