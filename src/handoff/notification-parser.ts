import { isPathSegmentValue } from '../client';
import { ACTIONABLE_TRANSITIONS, type Notification } from '../trigger/notification';
import { unstorableCharacter } from './journal/storable-text';

/** A Datadog notification, checked and with the fields the service acts on pulled out. */
export interface Alert {
  /** `$ALERT_ID`: the monitor's id (shared by every alert of that monitor). */
  alertId: string;
  /** `$ALERT_CYCLE_KEY`: one alert, from trigger to recovery; null when the notification lacks it. */
  cycleKey: string | null;
  transition: string;
  /** Whether the transition starts an action (ACTIONABLE_TRANSITIONS); recoveries and warnings do not. */
  actionable: boolean;
  /** 1 (highest) to 5; null when the monitor has no priority. */
  priority: number | null;
  /** Value of the conversation id tag; null when the alert has none. */
  conversationId: string | null;
  vars: Readonly<Record<string, string>>;
}

/** Thrown for a malformed notification; the message is the reason given in the 400 answer. */
export class MalformedNotificationError extends Error {}

/**
 * Parses the webhook body (`Notification`: `{"vars": {"ALERT_ID": ..., ...}}`). Datadog renders
 * `$ALERT_PRIORITY` as `P1`..`P5`; `1`..`5` is accepted too, and an empty value means no priority.
 */
export function parseNotification(raw: string, conversationIdTag: string): Alert {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new MalformedNotificationError('the body is not JSON');
  }
  const vars = (body as Partial<Notification> | null)?.vars;
  if (typeof vars !== 'object' || vars === null || Array.isArray(vars)) {
    throw new MalformedNotificationError('expected a JSON object {"vars": {"ALERT_ID": "...", ...}}');
  }
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value !== 'string') throw new MalformedNotificationError(`vars.${name} must be a string`);
  }
  const required = (name: string) => {
    const value = vars[name]?.trim();
    if (!value) throw new MalformedNotificationError(`vars.${name} is missing or empty`);
    return value;
  };
  const transition = required('ALERT_TRANSITION');
  // A multi-alert monitor grouped by the tag names it in $ALERT_SCOPE; an event's own tags are in $TAGS.
  const conversationId = tagValue(vars.ALERT_SCOPE ?? '', conversationIdTag) ?? tagValue(vars.TAGS ?? '', conversationIdTag);
  if (conversationId !== null && !isPathSegmentValue(conversationId)) {
    throw new MalformedNotificationError(`the ${conversationIdTag} tag must be a conversation id: not "." or "..", and no lone UTF-16 surrogate`);
  }
  const alertId = required('ALERT_ID');
  const cycleKey = vars.ALERT_CYCLE_KEY?.trim() || null;
  // Refused here, the same on every journal, rather than failing each write of the alert (a 503 forever).
  for (const [what, value] of [['vars.ALERT_ID', alertId], ['vars.ALERT_CYCLE_KEY', cycleKey], ['vars.ALERT_TRANSITION', transition], [`the ${conversationIdTag} tag`, conversationId]] as const) {
    const bad = value === null ? null : unstorableCharacter(value);
    if (bad) throw new MalformedNotificationError(`${what} holds ${bad}, which the alert journal cannot store: send it without`);
  }
  return {
    alertId,
    cycleKey,
    transition,
    actionable: ACTIONABLE_TRANSITIONS.includes(transition),
    priority: parsePriority(vars.ALERT_PRIORITY ?? ''),
    conversationId,
    vars,
  };
}

function parsePriority(value: string): number | null {
  if (value.trim() === '') return null;
  const match = /^P?([1-5])$/i.exec(value.trim());
  if (!match) throw new MalformedNotificationError(`vars.ALERT_PRIORITY must be P1..P5 or 1..5, got ${JSON.stringify(value.slice(0, 40))}`);
  return Number(match[1]);
}

/** `$TAGS` and `$ALERT_SCOPE` are comma-separated lists of `key:value` tags; a value may itself contain colons. */
function tagValue(tags: string, key: string): string | null {
  for (const tag of tags.split(',')) {
    const separator = tag.indexOf(':');
    if (separator > 0 && tag.slice(0, separator).trim() === key) {
      const value = tag.slice(separator + 1).trim();
      if (value) return value;
    }
  }
  return null;
}
