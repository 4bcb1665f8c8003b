/**
 * Attribute values as the resource checks see them: JSON values, blocks as arrays of objects, and
 * {@link UnknownValue} wherever the value is only known at apply (an expression, a reference, a variable).
 */

/** A value only known later; `references` are the resource addresses its expression names (`genesyscloud_integration.x.id`). */
export class UnknownValue {
  constructor(readonly references: readonly string[] = []) {}
}

export const isUnknownValue = (value: unknown): value is UnknownValue => value instanceof UnknownValue;

/** Only genesyscloud references matter to the checks (an integration's type, a role); an attribute `x.genesyscloud_y` is none. */
const REFERENCE = /(?<![\w.])(?:data\.)?genesyscloud_[a-z0-9_]+\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)?/g;

/** The genesyscloud resource references in an expression's text (`${genesyscloud_integration.x.id}` -> `genesyscloud_integration.x.id`). */
export function referencesIn(expression: string): string[] {
  return [...new Set(expression.match(REFERENCE) ?? [])];
}

/**
 * A value in Terraform's JSON syntax (`.tf.json`, `cdk.tf.json`, cdktf's resolved config) as a value: a string
 * holding an interpolation (`${...}`) or a directive (`%{...}`) is an expression, so unknown; the escapes `$${`
 * and `%%{` stand for the literal text.
 */
export function fromJsonSyntax(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{')) return value;
    if (/(^|[^$])\$\{|(^|[^%])%\{/.test(value)) return new UnknownValue(referencesIn(value));
    return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  }
  if (Array.isArray(value)) return value.map(fromJsonSyntax);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromJsonSyntax(v);
    return out;
  }
  return value;
}

/** `permission_policies[0].domain` from the path segments `['permission_policies', 0, 'domain']`. */
export function attributePath(segments: readonly (string | number)[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
