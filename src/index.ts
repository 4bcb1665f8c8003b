/** genesys-cobrowse-cdktf: one Genesys Cloud API snapshot, enforced at synth, at plan and at run time. */
export * from './genesys';
export * from './validation';
export * from './constructs';
export * from './client';
export * from './handoff';
export * from './trigger/config';
export * from './trigger/notification';
export { addProviderPayloadCheck, type ProviderPayloadCheckProps } from './provider/cdktf';
