/** One help text per diagnostic code, for SARIF's `rules[].help` (what code scanning shows beside an annotation). */
import type { DiagnosticCode } from '../../validation';

/** The CLI's own code for a file it could not read or parse; every other code comes from the validator. */
export type CheckCode = DiagnosticCode | 'unreadable-input';

export const RULE_HELP: Readonly<Record<CheckCode, { summary: string; help: string }>> = {
  'unknown-operation': { summary: 'The operation does not exist in the Genesys Cloud Platform API.', help: 'Use a method and path (or operationId) from the API; the message names the closest real operations or the methods the path does take.' },
  'removed-operation': { summary: 'The operation was removed from the Genesys Cloud Platform API.', help: 'Genesys no longer publishes this call; move to what the message names (web chat to web messaging; co-browse is POST /api/v2/conversations/{conversationId}/cobrowse).' },
  'deprecated-operation': { summary: 'The operation is deprecated.', help: 'Move to the replacement the message names (for example web chat to web messaging). Deprecated operations are still sent.' },
  'unknown-property': { summary: 'The body holds a property its API definition does not have.', help: 'Depending on the endpoint, Genesys rejects such a property (invalid.property) or ignores it; either way it does not do what was meant. Remove it, or rename it to the suggested property.' },
  'missing-required': { summary: 'A required property is missing or null.', help: 'Add the property the message names; its schema requires it.' },
  'wrong-type': { summary: 'A value has the wrong JSON type.', help: 'Give the value the type the message names (string, integer, number, boolean, object or array).' },
  'not-in-enum': { summary: 'A value is not one of the values the API allows.', help: 'Use one of the listed values.' },
  'enum-case': { summary: 'A value matches one of the API\'s values only when case is ignored.', help: 'Genesys\'s own code sends some enum values in other cases; whether the server ignores case is unverified. Write the value as the API spells it.' },
  'bad-format': { summary: 'A string does not match its format.', help: 'Write the value in the format the message names (for example an ISO-8601 date-time or a UUID).' },
  'out-of-range': { summary: 'A value or a list is outside its allowed range or length.', help: 'Keep the value within the bounds the message names.' },
  'read-only-property': { summary: 'The body sets a read-only property.', help: 'Genesys sets this property itself; remove it from the request.' },
  'unexpected-body': { summary: 'The operation takes no request body.', help: 'Send the call without a body.' },
  'missing-body': { summary: 'The operation requires a request body.', help: 'Add the body the operation takes.' },
  'schema-unavailable': { summary: 'The snapshot has no schema for this body, so it was not checked.', help: 'Only the operation was checked; verify the body against the Genesys API documentation.' },
  'too-deep': { summary: 'The body nests deeper than any Genesys request.', help: 'Flatten the body; a body this deep is a mistake (or a hostile input).' },
  'unknown-scope': { summary: 'The name is not a Genesys Cloud OAuth scope.', help: 'Use a scope from the API (the message suggests the closest); permissions such as conversation:cobrowse:add are granted through roles, not scopes.' },
  'unknown-permission': { summary: 'The data proves the name is not a Genesys Cloud permission.', help: 'Its domain is one no permission has, or it is a known invented string; use a permission (domain:entity:action) from the API; the message suggests the closest.' },
  'unlisted-permission': { summary: 'No API operation requires this permission.', help: 'The snapshot lists the permissions API operations require, not Genesys\'s whole catalogue (only available live: GET /api/v2/authorization/permissions). Check the name there; the message suggests a listed permission one edit away.' },
  'access-unknown': { summary: 'The OAuth scopes or permissions of the operation are unknown.', help: 'The operation was added after the last published scope or permission list: nothing here knows what it needs, which does not mean it needs nothing. Check the API explorer before granting access.' },
  'invalid-combination': { summary: 'Two properties that the API does not allow together.', help: 'The spec states this rule in a property description; the message quotes it and names the property to use instead.' },
  'undocumented': { summary: 'The call or property is not in the API definition, but Genesys\'s own published code uses it.', help: 'The message names the code that uses it; it is not checked further. Prefer a documented call where there is one.' },
  'unverified': { summary: 'The request is well formed, but whether the call works this way is unverified.', help: 'The facts this library is built on mark this case UNVERIFIED (for example starting co-browse with a client-credentials token); try it once against a test org.' },
  'unknown-attribute': { summary: 'The resource sets an argument or block its genesyscloud provider schema does not have.', help: 'Terraform rejects it ("Unsupported argument"). Remove it, or rename it to the suggested argument.' },
  'computed-attribute': { summary: 'The resource sets an attribute the provider computes.', help: 'Computed-only attributes cannot be set (for example genesyscloud_flow.file_content_hash since provider v1.84, which older blueprints set); remove it.' },
  'missing-attribute': { summary: 'A required argument or block is missing.', help: 'Set the argument or add the block the message names (the provider schema, or a rule of the resource such as an OAuth client\'s roles or scopes, requires it).' },
  'deprecated-attribute': { summary: 'The argument is deprecated in the provider.', help: 'Move to what the provider\'s deprecation message names.' },
  'removed-resource-type': { summary: 'The resource type no longer exists in the genesyscloud provider.', help: 'The provider removed the type (usually because Genesys removed its API); move to the type the suggestion names.' },
  'unknown-reference': { summary: 'A reference names a resource the configuration does not declare, or one of the wrong type.', help: 'Refer to a declared resource of the type the argument takes (an OAuth client\'s role_id takes a genesyscloud_auth_role).' },
  'template-unrenderable': { summary: 'A data action\'s request template does not render to a JSON body.', help: 'Rendered with stand-ins typed as contract_input declares its inputs, the template is not JSON: quote string inputs ("${input.x}") or use $esc.jsonString. Templates with Velocity directives are reported as a warning: their body was not checked.' },
  'unknown-velocity-reference': { summary: 'A Velocity reference that is not a data action context object, helper or declared input.', help: 'References are case-sensitive ($input, not $Input); inputs must be declared in contract_input. Velocity prints an unresolved reference\'s own text (or nothing with $!).' },
  'unused-suppression': { summary: 'A suppression matched no diagnostic.', help: 'Remove the suppression (the problem it acknowledged is gone), or fix its code or address.' },
  'invalid-suppression': { summary: 'A suppression that cannot be applied.', help: 'Every suppression needs a code and a reason (`# genesys-cobrowse-ignore: CODE reason`); removed-operation cannot be suppressed: the call is gone from the API.' },
  'unreadable-input': { summary: 'The file could not be read or is not a payload.', help: 'Fix the file: it must exist, be valid JSON, and hold a request {"method", "path", "body"}, a list of them, {"scopes": [...]} or {"permissions": [...]} (or a bare body with --operation).' },
};
