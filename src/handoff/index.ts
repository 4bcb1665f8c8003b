export { createHandoffHandler, HANDOFF_RETRY_POLICY, type HandoffHandler, type HandoffHandlerProps } from './handler';
export { checkTriggerConfig, resolveSecrets, type HandoffSecrets } from './trigger-config';
export { HandoffConfigError, MissingSecretError } from './errors';
export type { AlertRecord, AlertState, StatusReport } from './alert-ledger';
export type { TriggerConfig } from '../trigger/config';
