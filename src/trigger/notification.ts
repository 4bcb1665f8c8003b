import datadog from '../genesys/data/datadog-webhook-variables.json';

/** Datadog webhook variables (src/genesys/data/datadog-webhook-variables.json). */
export const DATADOG_VARIABLES: readonly string[] = datadog.variables;

/** Variables every notification carries, whatever the fallback template uses. */
export const FORWARDED_VARIABLES: readonly string[] = datadog.forwarded.variables;

/** `$ALERT_TRANSITION` values that start an action; others are acknowledged and ignored. */
export const ACTIONABLE_TRANSITIONS: readonly string[] = datadog.actionableTransitions.values;

/** Wraps a monitor message part so Datadog shows it (and so notifies its mentions) only when the monitor alerts. */
export function onlyWhenAlerting(text: string): string {
  return `${datadog.alertOnly.open}${text}${datadog.alertOnly.close}`;
}

/**
 * What the trigger's `datadog_webhook` sends: `{"vars": {"ALERT_ID": "$ALERT_ID", ...}}`, so Datadog fills
 * each forwarded variable and the handoff service renders the Genesys body from them.
 */
export interface Notification {
  vars: Record<string, string>;
}

/** `$NAME` in a body template's strings: a Datadog variable, filled in when the alert fires. */
export const TEMPLATE_VARIABLE = /\$([A-Z][A-Z0-9_]*)/g;

/** A template string holding a variable: its value is only known when the alert fires. */
export function holdsVariable(value: unknown): boolean {
  return typeof value === 'string' && new RegExp(TEMPLATE_VARIABLE.source).test(value);
}

/** JSON objects only: a non-string cdktf token is an object whose fields lead into the construct tree. */
function isPlainObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The variables a body template's strings use (keys are never templated). */
export function templateVariables(template: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const m of value.matchAll(TEMPLATE_VARIABLE)) found.add(m[1]);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (isPlainObject(value)) Object.values(value).forEach(walk);
  };
  walk(template);
  return found;
}

/** The `payload` of the trigger's `datadog_webhook`: the forwarded variables plus those the fallback template uses. */
export function notificationPayloadTemplate(used: readonly string[] = []): string {
  const names = [...new Set([...FORWARDED_VARIABLES, ...used])];
  return JSON.stringify({ vars: Object.fromEntries(names.map((name) => [name, `$${name}`])) });
}
