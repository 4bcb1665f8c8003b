/**
 * What the data sources and functions load on first use (provider.ts imports it lazily): the checks, with
 * the validator and the API snapshot behind them. The build bundles it into one file (`npm run
 * bundle:provider`), so a provider start reads and compiles one module instead of some thirty.
 */
export { readPayloadCheck, validatePayloadCheck, type PayloadCheckConfig } from './payload-check';
export { callPayloadFunction } from './payload-functions';
export { readRequiredAccess, validateRequiredAccess, type RequiredAccessConfig } from './required-access';
