// Test helpers for the store and its callers (the API's and the CLI's tests): read
// from source through the @plan/source condition, never built or shipped.

export { default as postgresGlobalSetup } from './postgresGlobalSetup.js';
export {
  describeOnEveryStore,
  FIXED_NOW,
  fixedClock,
  newObservation,
  postgresFactory,
  type StoreFactory,
  sqliteFile,
  storeFactories,
} from './testStores.js';
export {
  postgresBinaries,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './throwawayPostgres.js';
