import { DATADOG_VARIABLES, TEMPLATE_VARIABLE, templateVariables } from '../trigger/notification';

/** Variables of the template that Datadog does not provide (a config error). */
export function unknownVariables(template: unknown): string[] {
  return [...templateVariables(template)].filter((name) => !DATADOG_VARIABLES.includes(name));
}

/**
 * Replaces `$NAME` in string values (not keys) with `vars[NAME]`. Works on the parsed value, so a
 * variable's text can never change the body's JSON structure.
 */
export function renderTemplate(template: unknown, vars: Readonly<Record<string, string>>): unknown {
  if (typeof template === 'string') return template.replace(TEMPLATE_VARIABLE, (_, name: string) => vars[name] ?? '');
  if (Array.isArray(template)) return template.map((item) => renderTemplate(item, vars));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, renderTemplate(value, vars)]));
  }
  return template;
}
