/** Jest globalTeardown: see test-postgres.ts. */
export { teardown as default } from './test-postgres';
