import variables from '../genesys/data/datadog-webhook-variables.json';

/** Datadog webhook variables the trigger forwards (data: src/genesys/data/datadog-webhook-variables.json). */
export const DATADOG_VARIABLES: readonly string[] = variables.variables;

/**
 * What the trigger's `datadog_webhook` sends: `{"vars": {"ALERT_ID": "$ALERT_ID", ...}}`, so Datadog fills
 * every forwarded variable and the handoff service renders the Genesys body from them.
 */
export interface Notification {
  vars: Record<string, string>;
}

/** The `payload` of the trigger's `datadog_webhook`. */
export function notificationPayloadTemplate(): string {
  return JSON.stringify({ vars: Object.fromEntries(DATADOG_VARIABLES.map((name) => [name, `$${name}`])) });
}
