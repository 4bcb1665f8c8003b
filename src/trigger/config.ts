/**
 * The contract between the `CobrowseTrigger` construct (which writes it as a Terraform output) and the
 * run-time handoff service (which reads it). Holds no secret: secrets come from the environment
 * variables it names.
 */
export interface TriggerConfig {
  /** Format version of this contract. */
  version: 1;
  /** Trigger name, used in logs. */
  name: string;
  /** Genesys Cloud region name (e.g. `us-east-1`), one of src/genesys/data/regions.json. */
  region: string;
  /** Alerts whose Datadog priority is at most this (1 = highest .. 5) are handled; others are ignored. */
  priorityThreshold: number;
  /** Alert tag (`key:value` in `$TAGS`) whose value is the customer's active conversation id. */
  conversationIdTag: string;
  /** Request header that carries the webhook shared secret. */
  webhookAuthHeader: string;
  /** The fallback when the alert carries no conversation id; null = none. */
  fallback: {
    /** operationId of the fallback call (callback, work item or agentless message). */
    operationId: string;
    /** Request body; string values may hold Datadog variables such as `$ALERT_ID`, filled in at run time. */
    bodyTemplate: unknown;
  } | null;
  /** Names of the environment variables holding the secrets. */
  secretEnv: {
    clientId: string;
    clientSecret: string;
    webhookSecret: string;
  };
}

export const DEFAULT_SECRET_ENV: TriggerConfig['secretEnv'] = {
  clientId: 'GENESYS_CLIENT_ID',
  clientSecret: 'GENESYS_CLIENT_SECRET',
  webhookSecret: 'COBROWSE_WEBHOOK_SECRET',
};

/**
 * Calls the handoff service makes besides the one an alert asks for, by that call's operationId: after an
 * unknown outcome of a work item create it looks the work item up by its `externalTag` instead of sending
 * it again. The trigger's OAuth client must be able to make these too.
 */
export const OUTCOME_LOOKUPS: Readonly<Record<string, string>> = {
  postTaskmanagementWorkitems: 'postTaskmanagementWorkitemsQuery',
};
