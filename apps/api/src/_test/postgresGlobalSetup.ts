// The store package's setup: a throwaway PostgreSQL cluster for the tests that run on one.
// Its own subpath, not '@plan/store/testing': Vitest loads global setup without the
// @plan/source condition, and the testing index pulls in the store and its workspace
// dependencies, which have no build in a fresh clone.
export { default } from '@plan/store/testing/postgresGlobalSetup';
