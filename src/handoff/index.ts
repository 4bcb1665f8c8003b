export { createHandoffHandler, HANDOFF_RETRY_POLICY, type HandoffHandler, type HandoffHandlerProps } from './handler';
export { checkTriggerConfig, resolveSecrets, type HandoffSecrets } from './trigger-config';
export { HandoffConfigError, MissingSecretError } from './errors';
export { openJournal, MAX_STATUS_PAGE, type AlertJournal, type AlertRecord, type AlertState, type JournalEntry, type NewAlert, type StatusPage, type StatusQuery, type EntryUpdate } from './journal';
export type { TriggerConfig } from '../trigger/config';
