/** Jest globalSetup: see test-postgres.ts. */
export { setup as default } from './test-postgres';
