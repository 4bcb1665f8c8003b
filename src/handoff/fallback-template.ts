import { DATADOG_VARIABLES } from '../trigger/notification';

const VARIABLE = /\$([A-Z][A-Z0-9_]*)/g;
const KNOWN = new Set(DATADOG_VARIABLES);

/** Whether a template value still holds a `$NAME` variable (for validating the template itself). */
export function holdsVariable(value: unknown): boolean {
  return typeof value === 'string' && /\$[A-Z]/.test(value);
}

/** Variables of the template that Datadog does not provide (a config error). */
export function unknownVariables(template: unknown): string[] {
  return [...new Set(variablesOf(template))].filter((name) => !KNOWN.has(name));
}

/** Variables the template uses. */
export function variablesOf(template: unknown): string[] {
  if (typeof template === 'string') return [...template.matchAll(VARIABLE)].map((m) => m[1]);
  if (Array.isArray(template)) return template.flatMap(variablesOf);
  if (template && typeof template === 'object') return Object.values(template).flatMap(variablesOf);
  return [];
}

/**
 * Replaces `$NAME` in string values (not keys) with `vars[NAME]`. Works on the parsed value, so a
 * variable's text can never change the body's JSON structure.
 */
export function renderTemplate(template: unknown, vars: Readonly<Record<string, string>>): unknown {
  if (typeof template === 'string') return template.replace(VARIABLE, (_, name: string) => vars[name] ?? '');
  if (Array.isArray(template)) return template.map((item) => renderTemplate(item, vars));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, renderTemplate(value, vars)]));
  }
  return template;
}
