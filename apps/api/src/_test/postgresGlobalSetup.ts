// The store package's setup: a throwaway PostgreSQL cluster for the tests that run on one.
export { postgresGlobalSetup as default } from '@plan/store/testing';
