/** Stable diagnostic codes. Tests and the CLI's JSON/SARIF output rely on these strings. */
export const DIAGNOSTIC_CODES = [
  'unknown-operation',
  'removed-operation',
  'deprecated-operation',
  'unknown-property',
  'missing-required',
  'wrong-type',
  'not-in-enum',
  'enum-case',
  'bad-format',
  'out-of-range',
  'read-only-property',
  'unexpected-body',
  'missing-body',
  'schema-unavailable',
  'too-deep',
  'unknown-scope',
  'unknown-permission',
  'unlisted-permission',
  'access-unknown',
  'invalid-combination',
  'unverified',
  'undocumented',
  // Terraform resources (src/validation/resource/): see docs/check-terraform.md.
  'unknown-attribute',
  'computed-attribute',
  'missing-attribute',
  'deprecated-attribute',
  'removed-resource-type',
  'unknown-reference',
  'template-unrenderable',
  'unknown-velocity-reference',
  'unused-suppression',
  'invalid-suppression',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  /** `error`: Genesys would reject the request; `warning`: it is sent, but deserves a look. */
  severity: 'error' | 'warning';
  /** RFC 6901 JSON pointer to the offending value within the request body ('' = the body itself). */
  pointer: string;
  /** Stable code of the rule (one of {@link DIAGNOSTIC_CODES}). */
  code: DiagnosticCode;
  /** Names the field and what was expected. */
  message: string;
  /** Closest property, valid enum values, or the right operation; null when there is nothing to add. */
  suggestion: string | null;
}

export interface ValidationOptions {
  /**
   * Values for which only presence is checked (type, enum, format skipped): Terraform unknowns, Datadog
   * template variables.
   * @default none
   */
  readonly isUnknown?: (value: unknown) => boolean;
  /**
   * Never repeat a value of the body in a message (only field names, types and the allowed values): for
   * callers that cannot tell secrets apart, such as the Terraform provider (Terraform strips sensitivity
   * marks before it calls a provider).
   * @default false: values are repeated, cut to ECHO_LIMIT characters
   */
  readonly redactValues?: boolean;
  /**
   * OAuth grant type of the token the call will be made with (`CLIENT-CREDENTIALS`, `CODE`, ...), for the
   * `unverified` warnings that depend on it.
   * @default not known, so every such warning is given
   */
  readonly grantType?: string;
}

export interface ApiRequest {
  /** HTTP method, any case. */
  method: string;
  /** Concrete path (`/api/v2/conversations/abc/cobrowse`) or template. */
  path: string;
  /** JSON request body. @default no body */
  body?: unknown;
}
