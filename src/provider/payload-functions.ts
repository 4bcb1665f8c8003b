import { UNKNOWN } from './cty';
import { isFinding, parseInputs, validate, type Finding } from './payload-check';
import { BODY_ERRORS, CHECK_BODY } from './schema';

/**
 * The provider-defined functions `check_body(operation, body)` and `body_errors(operation, body)`: the
 * data source's structure check (same inputs, same validator, same findings) as a value. An input that is
 * wholly unknown gives an unknown result, decided at apply; a partly unknown body is checked for its known
 * rest. The functions never fail themselves, whatever the body: a body the validator cannot take is a finding.
 */
export function callPayloadFunction(name: string, [operation, body]: unknown[]): { result: unknown } | { error: string } {
  if (name !== CHECK_BODY && name !== BODY_ERRORS) return { error: `genesyscobrowse provider has no function ${name}` };
  const parsed = parseInputs(operation, body);
  if (parsed === null) return { result: UNKNOWN };
  const found: Finding[] = isFinding(parsed) ? [parsed] : validate(parsed).diagnostics;
  if (name === CHECK_BODY) return { result: found.map(({ severity, pointer, code, message, suggestion }) => ({ severity, pointer, code, message, suggestion })) };
  return { result: found.filter((d) => d.severity === 'error').map((d) => (d.suggestion ? `${d.message} Fix: ${d.suggestion}` : d.message)) };
}
